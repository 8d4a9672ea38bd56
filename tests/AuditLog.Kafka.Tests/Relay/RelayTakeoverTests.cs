using AuditLog.Kafka.Tests.Support;

namespace AuditLog.Kafka.Tests.Relay;

[Collection(RelayCollection.Name)]
public sealed class RelayTakeoverTests(RelayFixture fixture)
{
    private const string ActiveLine = "is now the active audit relay";

    [Fact]
    public async Task Keeps_one_relay_active_across_two_instances_and_the_other_takes_over_within_seconds_of_its_death()
    {
        var database = await fixture.NewDatabaseAsync();
        await using var cluster = RelayDeliveryTests.StartCluster();
        var variables = KafkaExportHost.Variables(cluster);

        await using var first = RelayHostProcess.Start(database, 1_000, "first", variables);
        await first.WaitForLineAsync(ActiveLine, TimeSpan.FromMinutes(1));
        await using var second = RelayHostProcess.Start(database, 1_000, "second", variables);
        await second.WaitForLineAsync("wrote=1000", TimeSpan.FromMinutes(1));
        await DatabaseChains.WaitUntilRelayedAsync(database, TimeSpan.FromMinutes(1));
        await Task.Delay(TimeSpan.FromSeconds(2));
        second.Wrote(ActiveLine).Should().BeFalse("one relay is active while the first instance lives");

        await first.KillAsync();
        var killed = System.Diagnostics.Stopwatch.StartNew();
        await second.WaitForLineAsync(ActiveLine, TimeSpan.FromSeconds(15));
        killed.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(15));

        await using var third = RelayHostProcess.Start(database, 1_000, "third", variables);
        await third.WaitForLineAsync("wrote=1000", TimeSpan.FromMinutes(1));
        await DatabaseChains.WaitUntilRelayedAsync(database, TimeSpan.FromMinutes(1));
        third.Wrote(ActiveLine).Should().BeFalse();

        await RelayDeliveryTests.AssertTopicHoldsDatabaseAsync(database, cluster, expected: 3_000);
    }
}
