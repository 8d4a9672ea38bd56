using AuditLog.Kafka.Configuration;
using AuditLog.Kafka.Tests.Support;
using Confluent.Kafka;

namespace AuditLog.Kafka.Tests.Configuration;

public sealed class KafkaClusterRegistryTests
{
    [Fact]
    public void Builds_the_client_configuration_from_the_bootstrap_servers_and_the_mapped_properties()
    {
        var registry = new KafkaClusterRegistry(Clusters.Registered("prod", "b1:9092,b2:9092", ("security.protocol", "SSL"), ("client.id", "console")));

        var config = registry.FindClientConfig("prod");

        config!.ToDictionary(p => p.Key, p => p.Value).Should().Equal(new Dictionary<string, string>
        {
            ["bootstrap.servers"] = "b1:9092,b2:9092",
            ["security.protocol"] = "ssl",
            ["client.id"] = "console",
        });
    }

    [Fact]
    public void Gives_a_configuration_a_producer_can_start_from()
    {
        var config = new KafkaClusterRegistry(Clusters.Registered("prod", "b1:9092", ("client.id", "console"))).FindClientConfig("prod");

        new ProducerConfig(config!).ClientId.Should().Be("console");
    }

    [Fact]
    public void Finds_no_configuration_for_an_unknown_cluster()
    {
        var registry = new KafkaClusterRegistry(Clusters.Registered("prod", "b1:9092"));

        registry.FindClientConfig("staging").Should().BeNull();
    }

    [Fact]
    public void Refuses_properties_that_skipped_validation_naming_keys_only()
    {
        var registry = new KafkaClusterRegistry(Clusters.Registered("prod", "b1:9092", ("ssl.keystore.password", "hunter2")));

        var find = () => registry.FindClientConfig("prod");

        find.Should().Throw<InvalidOperationException>().Which.Message.Should().Contain("ssl.keystore.password").And.NotContain("hunter2");
    }
}
