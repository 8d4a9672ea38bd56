using System.Diagnostics;
using System.Globalization;

namespace AuditLog.Cli.Export;

/// <summary>
/// One line on the terminal, rewritten in place, with the events exported so far and the rate. A count, not
/// a bar: the total is not known until the export ends, and counting first would read the table twice.
/// </summary>
internal sealed class ProgressLine(TextWriter terminal) : IProgress<long>
{
    private readonly Stopwatch elapsed = Stopwatch.StartNew();
    private int width;

    public void Report(long value)
    {
        var seconds = Math.Max(elapsed.Elapsed.TotalSeconds, 0.001);
        var line = string.Create(CultureInfo.InvariantCulture, $"Exporting… {value:N0} events ({value / seconds:N0}/s)");
        terminal.Write($"\r{line.PadRight(width)}");
        terminal.Flush();
        width = line.Length;
    }

    /// <summary>Blanks the line, so the summary that follows starts clean.</summary>
    public void Clear()
    {
        if (width > 0)
        {
            terminal.Write($"\r{new string(' ', width)}\r");
            terminal.Flush();
            width = 0;
        }
    }
}
