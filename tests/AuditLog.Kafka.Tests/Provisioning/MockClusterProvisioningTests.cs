using AuditLog.Kafka.Tests.Support;
using AuditLog.Testing;
using Confluent.Kafka;
using Microsoft.Extensions.Logging;

namespace AuditLog.Kafka.Tests.Provisioning;

/// <summary>Provisioning with the real client, over TCP, against librdkafka's mock cluster.</summary>
public sealed class MockClusterProvisioningTests : IDisposable
{
    private const string Topic = "_conduktor_console_audit_log";

    private readonly KafkaMockCluster cluster = KafkaMockCluster.Start();
    private readonly CapturedLogs logs = new();

    [Fact]
    public async Task Finds_an_existing_topic_and_leaves_it_in_place()
    {
        cluster.CreateTopic(Topic, partitions: 3, replicationFactor: 1);
        using var host = HostPublishingTo("prod");

        await host.StartKafkaAsync();

        logs.Messages.Should().Contain($"Audit topic {Topic} exists on Kafka cluster prod.");
        TopicInMetadata().Partitions.Should().HaveCount(3);
    }

    // The mock serves no CreateTopics and names no controller: the request times out after RequestTimeout (10 s).
    [Fact]
    public async Task Lets_the_host_start_when_the_broker_cannot_create_the_topic()
    {
        using var host = HostPublishingTo("prod");

        var start = () => host.StartKafkaAsync();

        await start.Should().NotThrowAsync();
        logs.Entries.Should().ContainSingle().Which.Should().Match<CapturedLog>(e =>
            e.Level == LogLevel.Error && e.Message.StartsWith($"Audit topic {Topic} on Kafka cluster prod could not be provisioned"));
    }

    [Fact]
    public async Task Logs_Conduktors_message_for_a_cluster_that_is_not_registered()
    {
        using var host = HostPublishingTo("staging");

        await host.StartKafkaAsync();

        logs.Messages.Should().Equal("Failed to publish audit log event: Not found. Could not find cluster staging");
    }

    public void Dispose() => cluster.Dispose();

    private Microsoft.Extensions.Hosting.IHost HostPublishingTo(string clusterId) => KafkaHost.Build(
        logs,
        ("CDK_CLUSTERS_0_ID", "prod"),
        ("CDK_CLUSTERS_0_BOOTSTRAPSERVERS", cluster.BootstrapServers),
        ("CDK_CLUSTERS_0_PROPERTIES", "client.id=audit-log-tests\nsocket.connection.setup.timeout.ms=5000"),
        ("CDK_AUDITLOGPUBLISHER_CLUSTER", clusterId),
        ("CDK_AUDITLOGPUBLISHER_TOPICNAME", Topic));

    private TopicMetadata TopicInMetadata()
    {
        using var admin = new AdminClientBuilder(new AdminClientConfig { BootstrapServers = cluster.BootstrapServers }).Build();
        return admin.GetMetadata(Topic, TimeSpan.FromSeconds(5)).Topics.Single(t => t.Topic == Topic && t.Error.Code == ErrorCode.NoError);
    }
}
