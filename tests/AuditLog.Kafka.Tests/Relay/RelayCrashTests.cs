using AuditLog.Kafka.Tests.Support;

namespace AuditLog.Kafka.Tests.Relay;

/// <summary>Host instances as processes of their own, killed with SIGKILL as a crashed host would be.</summary>
[Collection(RelayCollection.Name)]
public sealed class RelayCrashTests(RelayFixture fixture)
{
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public async Task Loses_and_doubles_nothing_when_the_relay_is_killed_at_random_moments(int writersPerInstance)
    {
        var database = await fixture.NewDatabaseAsync();
        await using var cluster = RelayDeliveryTests.StartCluster();
        var variables = KafkaExportHost.Variables(cluster);
        variables["AuditLog:Kafka:BatchSize"] = "200";
        variables["AuditLog:PostgreSql:Writers"] = writersPerInstance.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var random = new Random(Seed: Environment.TickCount);
        var killedAt = new List<int>();

        // Each instance writes its own events while its relay publishes; it is killed in the middle of both.
        for (var run = 0; run < 5; run++)
        {
            await using var instance = RelayHostProcess.Start(database, 4_000, $"run{run}", variables);
            var lifetime = random.Next(1_500, 5_000);
            killedAt.Add(lifetime);
            await Task.Delay(lifetime);
            await instance.KillAsync();
        }

        await using (var survivor = RelayHostProcess.Start(database, 0, "survivor", variables))
        {
            await survivor.WaitForLineAsync("wrote=0", TimeSpan.FromMinutes(1));
            await DatabaseChains.WaitUntilRelayedAsync(database, TimeSpan.FromMinutes(2));
            await survivor.StopAsync(TimeSpan.FromSeconds(30));
        }

        var committed = await DatabaseChains.ReadAsync(database);
        committed.Should().NotBeEmpty($"the instances ran for {string.Join(", ", killedAt)} ms");
        var records = await TopicRecords.ReadAllAsync(cluster.BootstrapServers, KafkaExportHost.Topic);
        TopicAssert.HoldsExactlyOnce(records, committed);
    }
}
