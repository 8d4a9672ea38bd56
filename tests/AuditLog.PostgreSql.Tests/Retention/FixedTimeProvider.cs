namespace AuditLog.PostgreSql.Tests.Retention;

/// <summary>A clock stopped at <paramref name="now"/> (timers still run in real time).</summary>
public sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
