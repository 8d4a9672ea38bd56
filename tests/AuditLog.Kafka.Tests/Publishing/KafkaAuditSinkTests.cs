using AuditLog.Kafka.Tests.Relay;
using AuditLog.Kafka.Tests.Support;
using AuditLog.Kafka.Wire;

namespace AuditLog.Kafka.Tests.Publishing;

/// <summary>Without PostgreSQL: events go from the pipeline's bounded queue straight to the topic, chained here.</summary>
public sealed class KafkaAuditSinkTests
{
    [Fact]
    public async Task Publishes_every_event_once_as_one_gap_free_chain()
    {
        await using var cluster = RelayDeliveryTests.StartCluster();
        await using (var host = await KafkaExportHost.StartAsync(connectionString: null, KafkaExportHost.Variables(cluster)))
        {
            await host.WriteAsync(3_000, "direct");
        }

        var records = await TopicRecords.ReadAllAsync(cluster.BootstrapServers, KafkaExportHost.Topic);
        foreach (var record in records)
        {
            TopicAssert.FollowsTheBinding(record.Message, AuditMessageFormat.Structured);
        }

        var chain = records.Select(r => AuditMessageReader.Read(r.Message)).OrderBy(m => m.Link.Sequence).ToList();
        chain.Should().HaveCount(3_000);
        chain.Select(m => m.Link.Writer).Distinct().Should().ContainSingle();
        chain.Select(m => m.Link.Sequence).Should().Equal(Enumerable.Range(1, 3_000).Select(i => (long)i));
        chain[0].Link.PreviousHash.Should().Be("sha256:" + new string('0', 64));
        for (var i = 1; i < chain.Count; i++)
        {
            chain[i].Link.PreviousHash.Should().Be(chain[i - 1].Link.Hash);
        }

        chain.Should().OnlyContain(m => IsMatch(m));
    }

    [Fact]
    public async Task Completes_LogAsync_once_the_broker_acknowledged_when_the_host_asks_for_it()
    {
        await using var cluster = RelayDeliveryTests.StartCluster();
        var variables = KafkaExportHost.Variables(cluster);
        variables["AuditLog:Kafka:CompleteOnAcknowledgement"] = "true";
        await using var host = await KafkaExportHost.StartAsync(connectionString: null, variables);

        await host.WriteAsync(10, "acknowledged", tasks: 1);

        (await TopicRecords.ReadAllAsync(cluster.BootstrapServers, KafkaExportHost.Topic)).Should().HaveCount(10);
    }

    [Fact]
    public async Task Delivers_each_event_once_after_the_broker_was_down_longer_than_the_delivery_timeout()
    {
        await using var cluster = RelayDeliveryTests.StartCluster();
        var variables = KafkaExportHost.Variables(cluster);
        variables["AuditLog:Kafka:DeliveryTimeout"] = "00:00:02";
        await using (var host = await KafkaExportHost.StartAsync(connectionString: null, variables))
        {
            await host.WriteAsync(200, "before");
            cluster.SetBrokerDown(1);
            await host.WriteAsync(200, "during");
            await Task.Delay(TimeSpan.FromSeconds(5));
            cluster.SetBrokerUp(1);
            await host.WriteAsync(200, "after");
        }

        var chain = (await TopicRecords.ReadAllAsync(cluster.BootstrapServers, KafkaExportHost.Topic)).Select(r => AuditMessageReader.Read(r.Message)).ToList();
        chain.Select(m => m.Link.Sequence).Should().OnlyHaveUniqueItems().And.HaveCount(600);
    }

    private static bool IsMatch(AuditTopicMessage message) => ChainHashVerifier.Check(message, default) == ChainHashCheck.Match;
}
