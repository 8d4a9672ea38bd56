namespace AuditLog.Cli.Progress;

/// <summary>Runs a command's long work with the progress its console calls for (<see cref="CliConsole.ProgressFor"/>).</summary>
internal static class CommandProgress
{
    /// <param name="console">Where the command writes.</param>
    /// <param name="activity">What the work is, in words.</param>
    /// <param name="dataOnOutput">True when the work writes its data to the output stream.</param>
    /// <param name="work">The work, given where to report its count (null when nothing is shown).</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public static Task<T> RunAsync<T>(
        CliConsole console, ProgressActivity activity, bool dataOnOutput, Func<IProgress<long>?, CancellationToken, Task<T>> work, CancellationToken cancellationToken) =>
        console.ProgressFor(dataOnOutput) switch
        {
            ProgressMode.Live => LiveProgress.RunAsync(console.Error, console.Time, activity, work, cancellationToken),
            ProgressMode.Plain => PlainProgress.RunAsync(console.Error, console.Time, activity, work, cancellationToken),
            _ => work(null, cancellationToken),
        };
}
