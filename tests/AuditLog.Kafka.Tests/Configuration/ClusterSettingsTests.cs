using AuditLog.Kafka.Configuration;
using Confluent.Kafka;

namespace AuditLog.Kafka.Tests.Configuration;

public sealed class ClusterSettingsTests
{
    [Fact]
    public void A_client_config_built_on_the_copy_leaves_the_clusters_settings_as_they_were()
    {
        var cluster = new ClientConfig { BootstrapServers = "broker:9092", SaslUsername = "relay" };

        var consumer = new ConsumerConfig(ClusterSettings.CopyOf(cluster)) { GroupId = "auditlog-test", EnableAutoCommit = false };

        consumer.BootstrapServers.Should().Be("broker:9092");
        consumer.SaslUsername.Should().Be("relay");
        cluster.Should().BeEquivalentTo(new Dictionary<string, string> { ["bootstrap.servers"] = "broker:9092", ["sasl.username"] = "relay" });
    }

    [Fact]
    public void Without_the_copy_the_settings_would_leak_into_the_cluster()
    {
        // What the copy guards against: Confluent.Kafka's copy constructor shares the dictionary.
        var cluster = new ClientConfig { BootstrapServers = "broker:9092" };

        _ = new ConsumerConfig(cluster) { GroupId = "leaked" };

        cluster.Get("group.id").Should().Be("leaked");
    }
}
