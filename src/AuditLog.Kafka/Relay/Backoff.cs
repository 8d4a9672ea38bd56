namespace AuditLog.Kafka.Relay;

/// <summary>A delay that doubles on each failure, from <c>initial</c> up to <c>maximum</c>, until reset by a success.</summary>
internal sealed class Backoff(TimeSpan initial, TimeSpan maximum)
{
    private TimeSpan next = initial;

    public TimeSpan Next()
    {
        var delay = next;
        next = TimeSpan.FromTicks(Math.Min(maximum.Ticks, next.Ticks * 2));
        return delay;
    }

    public void Reset() => next = initial;
}
