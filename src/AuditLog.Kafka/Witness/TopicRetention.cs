using AuditLog.Kafka.Configuration;
using AuditLog.Kafka.Reading;
using Confluent.Kafka;

namespace AuditLog.Kafka.Witness;

/// <summary>
/// Whether the topic's own retention (or a delete-records request) removed records: then a partition's first offset is
/// above 0, and events missing before the first one of a writer on the topic may have been there once.
/// </summary>
internal static class TopicRetention
{
    /// <exception cref="KafkaException">The topic does not exist, or the cluster refused.</exception>
    public static Task<bool> RemovedRecordsAsync(ClientConfig cluster, string topic, TimeSpan timeout, CancellationToken cancellationToken) =>
        Task.Run(
            () =>
            {
                var partitions = TopicConsumer.Partitions(cluster, topic, timeout);
                var config = new ConsumerConfig(ClusterSettings.CopyOf(cluster)) { GroupId = "auditlog-topic-witness", EnableAutoCommit = false, AllowAutoCreateTopics = false };
                using var consumer = new ConsumerBuilder<byte[], byte[]>(config).Build();
                foreach (var partition in partitions)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (consumer.QueryWatermarkOffsets(partition, timeout).Low.Value > 0)
                    {
                        return true;
                    }
                }

                return false;
            },
            cancellationToken);
}
