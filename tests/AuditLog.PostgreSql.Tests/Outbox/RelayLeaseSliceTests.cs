using AuditLog.PostgreSql.Outbox;

namespace AuditLog.PostgreSql.Tests.Outbox;

/// <summary>The waits the lease hands to Npgsql, which takes whole milliseconds and waits without end for 0.</summary>
public sealed class RelayLeaseSliceTests
{
    [Theory]
    [InlineData(0.0003, 1)]
    [InlineData(0.9, 1)]
    [InlineData(2.2, 3)]
    [InlineData(999.5, 1000)]
    [InlineData(60_000, 1000)]
    public void Waits_at_least_a_millisecond_and_at_most_the_check_interval(double remainingMilliseconds, int expected)
    {
        RelayLease.SliceMilliseconds(TimeSpan.FromMilliseconds(remainingMilliseconds)).Should().Be(expected);
    }
}
