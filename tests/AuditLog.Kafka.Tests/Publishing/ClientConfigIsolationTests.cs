using AuditLog.Kafka.Publishing;
using AuditLog.Kafka.Relay;
using Confluent.Kafka;

namespace AuditLog.Kafka.Tests.Publishing;

/// <summary>
/// The relay makes its tail consumer and its producer from one cluster configuration: neither may write its own
/// settings into it (ClientConfig's copy constructor shares the dictionary), or the producer gets consumer
/// properties and librdkafka warns about each of them.
/// </summary>
public sealed class ClientConfigIsolationTests
{
    [Fact]
    public void The_tail_consumer_leaves_the_cluster_configuration_unchanged()
    {
        var cluster = new ClientConfig { BootstrapServers = "broker:9092" };

        var consumer = TopicTail.ConsumerConfig(cluster);

        consumer.GroupId.Should().Be("auditlog-relay-tail");
        consumer.BootstrapServers.Should().Be("broker:9092");
        cluster.Should().BeEquivalentTo(new Dictionary<string, string> { ["bootstrap.servers"] = "broker:9092" });
    }

    [Fact]
    public void The_producer_leaves_the_cluster_configuration_unchanged()
    {
        var cluster = new ClientConfig { BootstrapServers = "broker:9092" };

        var producer = AuditProducerConfig.Create(cluster, new KafkaExportOptions(), "auditlog-relay");

        producer.EnableIdempotence.Should().BeTrue();
        producer.BootstrapServers.Should().Be("broker:9092");
        cluster.Should().BeEquivalentTo(new Dictionary<string, string> { ["bootstrap.servers"] = "broker:9092" });
    }
}
