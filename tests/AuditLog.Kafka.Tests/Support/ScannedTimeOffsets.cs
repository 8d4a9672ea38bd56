using AuditLog.Kafka.Reading;
using Confluent.Kafka;

namespace AuditLog.Kafka.Tests.Support;

/// <summary>
/// Offsets for times found by reading each partition's record timestamps, for librdkafka's mock cluster, which answers
/// every ListOffsets request for a time with the end of the partition.
/// </summary>
public static class ScannedTimeOffsets
{
    internal static TimeOffsetLookup For(string bootstrapServers) => (_, times, _) => times.Select(time => Find(bootstrapServers, time)).ToList();

    private static TopicPartitionOffset Find(string bootstrapServers, TopicPartitionTimestamp time)
    {
        var config = new ConsumerConfig { BootstrapServers = bootstrapServers, GroupId = "scan", EnablePartitionEof = true, EnableAutoCommit = false };
        using var consumer = new ConsumerBuilder<byte[], byte[]>(config).Build();
        consumer.Assign(new TopicPartitionOffset(time.TopicPartition, Offset.Beginning));
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            var result = consumer.Consume(TimeSpan.FromMilliseconds(200));
            if (result is null)
            {
                continue;
            }

            if (result.IsPartitionEOF)
            {
                return new TopicPartitionOffset(time.TopicPartition, Offset.End);
            }

            if (result.Message.Timestamp.UnixTimestampMs >= time.Timestamp.UnixTimestampMs)
            {
                return result.TopicPartitionOffset;
            }
        }

        throw new TimeoutException($"Could not scan {time.TopicPartition}.");
    }
}
