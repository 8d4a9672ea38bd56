using AuditLog.Kafka.Tests.Support;
using AuditLog.Testing;
using Confluent.Kafka;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AuditLog.Kafka.Tests.Relay;

[Collection(RelayCollection.Name)]
public sealed class RelayDeliveryTests(RelayFixture fixture)
{
    private const short ProduceApiKey = 0;

    [Fact]
    public async Task Publishes_fifty_thousand_committed_events_each_exactly_once_in_order_without_gaps()
    {
        var database = await fixture.NewDatabaseAsync();
        await using var cluster = StartCluster();
        await using (var host = await KafkaExportHost.StartAsync(database, KafkaExportHost.Variables(cluster)))
        {
            await host.WriteAsync(50_000, "bulk", tasks: 16);
            await DatabaseChains.WaitUntilRelayedAsync(database, TimeSpan.FromMinutes(3));
        }

        await AssertTopicHoldsDatabaseAsync(database, cluster, expected: 50_000);
    }

    [Fact]
    public async Task Publishes_the_chains_of_four_writers_in_one_process_each_exactly_once_in_order_without_gaps()
    {
        var database = await fixture.NewDatabaseAsync();
        await using var cluster = StartCluster();
        var variables = KafkaExportHost.Variables(cluster);
        variables["AuditLog:PostgreSql:Writers"] = "4";
        await using (var host = await KafkaExportHost.StartAsync(database, variables))
        {
            await host.WriteAsync(20_000, "writers", tasks: 16);
            await DatabaseChains.WaitUntilRelayedAsync(database, TimeSpan.FromMinutes(3));
        }

        var chains = (await DatabaseChains.ReadAsync(database)).Select(e => e.Writer).Distinct().Count();
        chains.Should().BeInRange(2, 4, "16 callers keep several of the process's 4 writers busy at once");
        await AssertTopicHoldsDatabaseAsync(database, cluster, expected: 20_000);
    }

    [Fact]
    public async Task Delivers_everything_once_after_the_broker_was_down_for_ten_seconds()
    {
        var database = await fixture.NewDatabaseAsync();
        await using var cluster = StartCluster();
        await using (var host = await KafkaExportHost.StartAsync(database, KafkaExportHost.Variables(cluster)))
        {
            await host.WriteAsync(2_000, "before");
            cluster.SetBrokerDown(1);
            var during = host.WriteAsync(3_000, "during");
            await Task.Delay(TimeSpan.FromSeconds(10));
            cluster.SetBrokerUp(1);
            await during;
            await host.WriteAsync(1_000, "after");
            await DatabaseChains.WaitUntilRelayedAsync(database, TimeSpan.FromMinutes(2));
        }

        await AssertTopicHoldsDatabaseAsync(database, cluster, expected: 6_000);
    }

    [Fact]
    public async Task Retries_retriable_request_errors_without_losing_or_doubling_an_event()
    {
        var database = await fixture.NewDatabaseAsync();
        await using var cluster = StartCluster();
        await using (var host = await KafkaExportHost.StartAsync(database, KafkaExportHost.Variables(cluster)))
        {
            await host.WriteAsync(1_000, "before");
            cluster.PushRequestErrors(ProduceApiKey, ErrorCode.NotEnoughReplicas, ErrorCode.LeaderNotAvailable, ErrorCode.RequestTimedOut, ErrorCode.NotEnoughReplicasAfterAppend);
            await host.WriteAsync(2_000, "after");
            await DatabaseChains.WaitUntilRelayedAsync(database, TimeSpan.FromMinutes(2));
        }

        await AssertTopicHoldsDatabaseAsync(database, cluster, expected: 3_000);
    }

    [Fact]
    public async Task Reports_a_non_retriable_error_then_publishes_the_failed_events_once()
    {
        var database = await fixture.NewDatabaseAsync();
        await using var cluster = StartCluster();
        await using (var host = await KafkaExportHost.StartAsync(database, KafkaExportHost.Variables(cluster)))
        {
            await host.WriteAsync(500, "before");
            await DatabaseChains.WaitUntilRelayedAsync(database, TimeSpan.FromMinutes(1));
            cluster.PushRequestErrors(ProduceApiKey, ErrorCode.TopicAuthorizationFailed);
            await host.WriteAsync(500, "after");
            await DatabaseChains.WaitUntilRelayedAsync(database, TimeSpan.FromMinutes(1));

            var failure = host.Logs.Entries.Should().Contain(e => e.EventId == 4103).Which.Exception;
            failure.Should().BeOfType<AuditLog.Kafka.Publishing.KafkaPublishException>();
            failure!.InnerException.Should().BeAssignableTo<KafkaException>().Which.Error.Code.Should().Be(ErrorCode.TopicAuthorizationFailed);
        }

        await AssertTopicHoldsDatabaseAsync(database, cluster, expected: 1_000);
    }

    [Fact]
    public async Task Publishes_in_binary_content_mode_when_configured()
    {
        var database = await fixture.NewDatabaseAsync();
        await using var cluster = StartCluster();
        var variables = KafkaExportHost.Variables(cluster);
        variables["AuditLog:Kafka:Format"] = "Binary";
        await using (var host = await KafkaExportHost.StartAsync(database, variables))
        {
            await host.WriteAsync(1_000, "binary");
            await DatabaseChains.WaitUntilRelayedAsync(database, TimeSpan.FromMinutes(1));
        }

        await AssertTopicHoldsDatabaseAsync(database, cluster, expected: 1_000, AuditMessageFormat.Binary);
    }

    [Fact]
    public async Task Is_healthy_once_it_has_caught_up()
    {
        var database = await fixture.NewDatabaseAsync();
        await using var cluster = StartCluster();
        await using var host = await KafkaExportHost.StartAsync(database, KafkaExportHost.Variables(cluster));
        await host.WriteAsync(100, "health");
        await DatabaseChains.WaitUntilRelayedAsync(database, TimeSpan.FromMinutes(1));

        var report = await host.CheckHealthAsync();

        report.Entries["auditlog-kafka"].Status.Should().Be(HealthStatus.Healthy);
        report.Entries["auditlog-kafka"].Data["lag.events"].Should().Be(0L);
    }

    // librdkafka's mock cluster keeps about 5 MB of each partition and drops older records: enough partitions
    // that none of them reaches that in these tests.
    internal static KafkaMockCluster StartCluster()
    {
        var cluster = KafkaMockCluster.Start();
        cluster.CreateTopic(KafkaExportHost.Topic, partitions: 24, replicationFactor: 1);
        return cluster;
    }

    internal static async Task AssertTopicHoldsDatabaseAsync(string database, KafkaMockCluster cluster, int expected, AuditMessageFormat format = AuditMessageFormat.Structured)
    {
        var committed = await DatabaseChains.ReadAsync(database);
        committed.Should().HaveCount(expected);
        var records = await TopicRecords.ReadAllAsync(cluster.BootstrapServers, KafkaExportHost.Topic);
        TopicAssert.HoldsExactlyOnce(records, committed, format);
    }
}
