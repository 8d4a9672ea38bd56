using AuditLog.Kafka.Tests.Support;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AuditLog.Kafka.Tests.Relay;

[Collection(RelayCollection.Name)]
public sealed class ClusterNotFoundTests(RelayFixture fixture)
{
    private const string Line = "Failed to publish audit log event: Not found. Could not find cluster prod-eu";

    [Fact]
    public async Task Logs_Conduktors_line_with_backoff_reports_unhealthy_keeps_every_event_and_delivers_them_once_fixed()
    {
        var database = await fixture.NewDatabaseAsync();
        await using var cluster = RelayDeliveryTests.StartCluster();
        await using (var misconfigured = await KafkaExportHost.StartAsync(database, KafkaExportHost.Variables(cluster, publisherCluster: "prod-eu")))
        {
            await misconfigured.WriteAsync(300, "waiting");
            await Task.Delay(TimeSpan.FromSeconds(6));

            var lines = misconfigured.Logs.Messages.Count(m => m == Line);
            lines.Should().BeInRange(2, 4, "the relay tries again with a growing delay (1 s, 2 s, 4 s…), not in a loop");
            var report = await misconfigured.CheckHealthAsync();
            report.Entries["auditlog-kafka"].Status.Should().Be(HealthStatus.Unhealthy);
            report.Entries["auditlog-kafka"].Description.Should().Contain("Could not find cluster prod-eu");
        }

        (await DatabaseChains.ReadAsync(database)).Should().HaveCount(300, "every event is kept while it cannot be published");

        await using (var fixedHost = await KafkaExportHost.StartAsync(database, KafkaExportHost.Variables(cluster)))
        {
            await DatabaseChains.WaitUntilRelayedAsync(database, TimeSpan.FromMinutes(1));
            fixedHost.Logs.Messages.Should().NotContain(m => m.StartsWith("Failed to publish", StringComparison.Ordinal));
        }

        await RelayDeliveryTests.AssertTopicHoldsDatabaseAsync(database, cluster, expected: 300);
    }
}
