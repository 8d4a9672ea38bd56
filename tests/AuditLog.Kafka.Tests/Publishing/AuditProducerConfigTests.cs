using AuditLog.Kafka.Publishing;
using Confluent.Kafka;

namespace AuditLog.Kafka.Tests.Publishing;

public sealed class AuditProducerConfigTests
{
    private static readonly ClientConfig Cluster = new() { BootstrapServers = "broker:9092" };

    [Fact]
    public void Is_idempotent_and_waits_for_every_in_sync_replica()
    {
        var config = AuditProducerConfig.Create(Cluster, new KafkaExportOptions(), "auditlog-relay");

        config.EnableIdempotence.Should().BeTrue();
        config.Acks.Should().Be(Acks.All);
        config.MessageTimeoutMs.Should().Be(30_000);
    }

    [Fact]
    public void Compresses_as_configured()
    {
        var config = AuditProducerConfig.Create(Cluster, new KafkaExportOptions { Compression = CompressionType.Zstd }, "auditlog-relay");

        config.CompressionType.Should().Be(CompressionType.Zstd);
    }

    [Fact]
    public void Does_not_compress_unless_configured()
    {
        var config = AuditProducerConfig.Create(Cluster, new KafkaExportOptions(), "auditlog-relay");

        config.CompressionType.Should().BeNull();
    }
}
