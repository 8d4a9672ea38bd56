namespace AuditLog.Kafka.Relay;

/// <summary>A delay that doubles on each failure, from an initial delay up to a maximum, until reset by a success.</summary>
internal sealed class Backoff
{
    private readonly TimeSpan initial;
    private readonly TimeSpan maximum;
    private TimeSpan next;

    public Backoff(TimeSpan initial, TimeSpan maximum) => (this.initial, this.maximum, next) = (initial, maximum, initial);

    public TimeSpan Next()
    {
        var delay = next;
        next = TimeSpan.FromTicks(Math.Min(maximum.Ticks, next.Ticks * 2));
        return delay;
    }

    public void Reset() => next = initial;
}
