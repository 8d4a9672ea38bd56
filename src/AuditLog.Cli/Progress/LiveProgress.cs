using Spectre.Console;

namespace AuditLog.Cli.Progress;

/// <summary>
/// Progress for a person at a terminal, drawn by Spectre.Console on the error stream: a spinner, the running
/// count and rate, and the time spent, redrawn in place and cleared at the end so the summary starts clean.
/// A spinner rather than a bar: no command knows its total before it ends, and counting first would read the table twice.
/// </summary>
internal static class LiveProgress
{
    public static async Task<T> RunAsync<T>(
        TextWriter terminal, TimeProvider time, ProgressActivity activity, Func<IProgress<long>?, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Yes,
            ColorSystem = ColorSystemSupport.Detect,
            Interactive = InteractionSupport.Yes,
            Out = new AnsiConsoleOutput(terminal),
        });
        var progress = console.Progress()
            .AutoClear(true)
            .Columns(new SpinnerColumn(), new TaskDescriptionColumn { Alignment = Justify.Left }, new ElapsedTimeColumn());
        return await progress.StartAsync(async context =>
        {
            var count = new RunningCount(time);
            var task = context.AddTask(Describe(activity, count));
            task.IsIndeterminate = true;
            var result = await work(new DescribedTask(task, activity, count), cancellationToken).ConfigureAwait(false);
            task.StopTask();
            return result;
        }).ConfigureAwait(false);
    }

    // The description is Spectre markup: escaped, though only numbers and our own words go in.
    private static string Describe(ProgressActivity activity, RunningCount count) => Markup.Escape(ProgressText.Describe(activity, count));

    /// <summary>Counts, and redescribes the task; Spectre redraws it on its own clock.</summary>
    private sealed class DescribedTask(ProgressTask task, ProgressActivity activity, RunningCount count) : IProgress<long>
    {
        public void Report(long value)
        {
            count.Report(value);
            task.Description = Describe(activity, count);
        }
    }
}
