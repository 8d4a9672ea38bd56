using Confluent.Kafka;

namespace AuditLog.Kafka.Tests.Support;

/// <summary>Every record of a topic, read from the beginning of each partition to its end by a real consumer.</summary>
public static class TopicRecords
{
    public static Task<IReadOnlyList<ConsumeResult<byte[], byte[]>>> ReadAllAsync(string bootstrapServers, string topic) =>
        Task.Run(() => ReadAll(bootstrapServers, topic));

    private static IReadOnlyList<ConsumeResult<byte[], byte[]>> ReadAll(string bootstrapServers, string topic)
    {
        using var admin = new AdminClientBuilder(new AdminClientConfig { BootstrapServers = bootstrapServers }).Build();
        var partitions = admin.GetMetadata(topic, TimeSpan.FromSeconds(10)).Topics.Single().Partitions
            .Select(p => new TopicPartitionOffset(topic, p.PartitionId, Offset.Beginning)).ToList();
        var config = new ConsumerConfig
        {
            BootstrapServers = bootstrapServers,
            GroupId = "test-" + Guid.NewGuid(),
            EnableAutoCommit = false,
            EnablePartitionEof = true,
            IsolationLevel = IsolationLevel.ReadCommitted,
        };
        using var consumer = new ConsumerBuilder<byte[], byte[]>(config).Build();
        consumer.Assign(partitions);
        var records = new List<ConsumeResult<byte[], byte[]>>();
        var remaining = partitions.Select(p => p.Partition).ToHashSet();
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (remaining.Count > 0)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Did not reach the end of {topic} within 2 minutes.");
            }

            var result = consumer.Consume(TimeSpan.FromMilliseconds(500));
            if (result is null)
            {
                continue;
            }

            if (result.IsPartitionEOF)
            {
                remaining.Remove(result.Partition);
            }
            else
            {
                records.Add(result);
            }
        }

        return records;
    }
}
