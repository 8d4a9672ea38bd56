using System.Globalization;

namespace AuditLog.Cli.Progress;

/// <summary>The words of every progress display, drawn or plain, so both say the same thing.</summary>
internal static class ProgressText
{
    /// <summary>"Exporting… 12,000 events (3,000/s)", or "Verifying integrity chains…" when nothing is counted.</summary>
    public static string Describe(ProgressActivity activity, RunningCount count)
    {
        if (activity.Unit is null)
        {
            return $"{activity.Doing}…";
        }

        var seconds = Math.Max(count.Elapsed.TotalSeconds, 0.001);
        return string.Create(CultureInfo.InvariantCulture, $"{activity.Doing}… {count.Value:N0} {activity.Unit} ({count.Value / seconds:N0}/s)");
    }

    /// <summary>One line for a log: the description and the time spent so far, e.g. "Exporting… 12,000 events (3,000/s) 0:00:04".</summary>
    public static string PlainLine(ProgressActivity activity, RunningCount count) =>
        string.Create(CultureInfo.InvariantCulture, $"{Describe(activity, count)} {count.Elapsed:h\\:mm\\:ss}");
}
