using AuditLog.CloudEvents;
using AuditLog.Kafka.Configuration;
using AuditLog.Kafka.Reading;
using AuditLog.Kafka.Wire;
using Confluent.Kafka;

namespace AuditLog.Kafka.Relay;

/// <summary>
/// Reads the last records of every partition of the audit topic to find the chain links already there. The relay moves
/// its cursor only after the broker acknowledged, so after a crash at most one batch of events past the cursor can be
/// on the topic: reading <c>window</c> records back from the end of each partition finds all of them.
/// </summary>
internal sealed class TopicTail(ClientConfig cluster, string topic, TimeSpan timeout)
{
    /// <summary>Adds the chain links in the last <paramref name="window"/> records of each partition to <paramref name="links"/>.</summary>
    public Task ReadAsync(int window, PublishedLinks links, CancellationToken cancellationToken) =>
        Task.Factory.StartNew(() => Read(window, links, cancellationToken), cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    /// <summary>The tail's consumer settings over a copy of the cluster's client properties, which stay unchanged.</summary>
    internal static ConsumerConfig ConsumerConfig(ClientConfig cluster) =>
        new(ClusterSettings.CopyOf(cluster))
        {
            GroupId = "auditlog-relay-tail",
            EnableAutoCommit = false,
            EnablePartitionEof = true,
            AllowAutoCreateTopics = false,
            IsolationLevel = IsolationLevel.ReadCommitted,
        };

    private void Read(int window, PublishedLinks links, CancellationToken cancellationToken)
    {
        var partitions = Partitions();
        if (partitions.Count == 0)
        {
            return;
        }

        using var consumer = new ConsumerBuilder<byte[], byte[]>(ConsumerConfig(cluster)).Build();
        var remaining = new HashSet<TopicPartition>();
        var start = new List<TopicPartitionOffset>();
        foreach (var partition in partitions)
        {
            var watermarks = consumer.QueryWatermarkOffsets(partition, timeout);
            if (watermarks.High > watermarks.Low)
            {
                start.Add(new TopicPartitionOffset(partition, Math.Max(watermarks.Low, watermarks.High - window)));
                remaining.Add(partition);
            }
        }

        consumer.Assign(start);
        while (remaining.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var result = consumer.Consume(TimeSpan.FromMilliseconds(200));
            if (result is null)
            {
                continue;
            }

            if (result.IsPartitionEOF)
            {
                remaining.Remove(result.TopicPartition);
                continue;
            }

            // A record the relay did not write (another producer's, or damaged) holds no link of ours to skip.
            if (TryReadLink(result.Message) is { } link)
            {
                links.Add(link);
            }
        }
    }

    // No topic yet (auto-created on the first record, or not provisioned): nothing of ours is on it.
    private List<TopicPartition> Partitions()
    {
        try
        {
            return TopicConsumer.Partitions(cluster, topic, timeout);
        }
        catch (KafkaException e) when (e.Error.Code == ErrorCode.UnknownTopicOrPart)
        {
            return [];
        }
    }

    private static AuditChainLink? TryReadLink(Message<byte[], byte[]> message)
    {
        try
        {
            return AuditMessageReader.Read(message).Link;
        }
        catch (AuditEventFormatException)
        {
            return null;
        }
    }
}
