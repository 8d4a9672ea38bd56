namespace AuditLog.Cli.Progress;

/// <summary>
/// The latest count a command reported and how long it has run: what every kind of progress shows, read from
/// the thread that draws it while the work reports from its own.
/// </summary>
internal sealed class RunningCount(TimeProvider time) : IProgress<long>
{
    private readonly long started = time.GetTimestamp();
    private long value;

    /// <summary>The latest count reported; 0 before the first report.</summary>
    public long Value => Interlocked.Read(ref value);

    /// <summary>How long the work has run.</summary>
    public TimeSpan Elapsed => time.GetElapsedTime(started);

    /// <inheritdoc />
    public void Report(long value) => Interlocked.Exchange(ref this.value, value);
}
