namespace AuditLog.Cli.Progress;

/// <summary>
/// Progress for logs, pipes and CI: one plain line every <see cref="Interval"/>, no escape codes and no
/// carriage returns, so a redirected error stream stays readable and parseable. Work that ends sooner prints none.
/// </summary>
internal static class PlainProgress
{
    /// <summary>The time between two lines, and before the first.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);

    public static async Task<T> RunAsync<T>(
        TextWriter error, TimeProvider time, ProgressActivity activity, Func<IProgress<long>?, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        var count = new RunningCount(time);
        var gate = new Lock();
        var running = true;
        await using var timer = time.CreateTimer(_ => WriteLine(), state: null, Interval, Interval);
        try
        {
            return await work(count, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            // The command's own summary or error follows: no progress line may land after it.
            lock (gate)
            {
                running = false;
            }
        }

        void WriteLine()
        {
            lock (gate)
            {
                if (running)
                {
                    error.WriteLine(ProgressText.PlainLine(activity, count));
                    error.Flush();
                }
            }
        }
    }
}
