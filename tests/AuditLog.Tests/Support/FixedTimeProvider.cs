namespace AuditLog.Tests.Support;

/// <summary>A clock stopped at one instant (timers still run in real time).</summary>
public sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
