using AuditLog.Kafka.Configuration;
using Confluent.Kafka;

namespace AuditLog.Kafka.Publishing;

/// <summary>
/// The producer settings every audit publisher uses on top of the cluster's client properties: idempotent, acknowledged
/// by all in-sync replicas, with the configured compression and delivery timeout.
/// </summary>
internal static class AuditProducerConfig
{
    public static ProducerConfig Create(ClientConfig cluster, KafkaExportOptions options, string clientId)
    {
        var config = new ProducerConfig(ClusterSettings.CopyOf(cluster))
        {
            ClientId = clientId,
            EnableIdempotence = true,
            Acks = Acks.All,
            MessageTimeoutMs = (int)options.DeliveryTimeout.TotalMilliseconds,
            // Publishers send a batch at once and wait for it: a longer linger would only add latency.
            LingerMs = 2,
        };
        if (options.Compression is { } compression)
        {
            config.CompressionType = compression;
        }

        return config;
    }
}
