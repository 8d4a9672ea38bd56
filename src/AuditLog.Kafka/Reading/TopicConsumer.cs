using AuditLog.Kafka.Configuration;
using Confluent.Kafka;

namespace AuditLog.Kafka.Reading;

/// <summary>
/// The consumer of an <see cref="AuditTopicReader"/>: every partition assigned by hand (no consumer group, no offsets
/// committed), read_committed, from the beginning or from the offsets for a time; it knows when every partition is at
/// its end, and, for a read that does not follow, when the end the topic had at the start was reached.
/// </summary>
internal sealed class TopicConsumer : IDisposable
{
    private const int BatchSize = 500;

    private static readonly TimeSpan PollTimeout = TimeSpan.FromMilliseconds(200);

    private readonly IConsumer<byte[], byte[]> consumer;

    // Non-follow: the partitions not yet read up to the offset they ended at when the read started.
    private readonly Dictionary<int, long> unfinished;
    private readonly HashSet<int> notAtEnd;

    private TopicConsumer(IConsumer<byte[], byte[]> consumer, Dictionary<int, long> unfinished, HashSet<int> notAtEnd)
    {
        this.consumer = consumer;
        this.unfinished = unfinished;
        this.notAtEnd = notAtEnd;
    }

    /// <summary>True when every partition was read up to the end it had when the read started.</summary>
    public bool ReachedStartEnd => unfinished.Count == 0;

    /// <summary>True when every partition is at its end now.</summary>
    public bool AtEnd => notAtEnd.Count == 0;

    /// <param name="cluster">The cluster's client configuration.</param>
    /// <param name="topic">The topic.</param>
    /// <param name="options">Where to start (<see cref="AuditTopicReadOptions.From"/>) and how long to wait.</param>
    /// <param name="offsetsForTimes">Looks the offsets of <see cref="AuditTopicReadOptions.From"/> up.</param>
    /// <param name="resumeAt">Per partition, the offset to start at instead (an import resuming); null for none.</param>
    /// <exception cref="KafkaException">The topic does not exist, or the cluster refused a request.</exception>
    public static TopicConsumer Open(ClientConfig cluster, string topic, AuditTopicReadOptions options, TimeOffsetLookup offsetsForTimes, IReadOnlyDictionary<int, long>? resumeAt = null)
    {
        var partitions = Partitions(cluster, topic, options.RequestTimeout);
        var config = new ConsumerConfig(ClusterSettings.CopyOf(cluster))
        {
            // librdkafka needs a group id, but manual assignment never joins the group and nothing is committed.
            GroupId = "auditlog-topic-reader",
            EnableAutoCommit = false,
            EnableAutoOffsetStore = false,
            EnablePartitionEof = true,
            AllowAutoCreateTopics = false,
            IsolationLevel = IsolationLevel.ReadCommitted,
        };
        var consumer = new ConsumerBuilder<byte[], byte[]>(config).Build();
        try
        {
            var starts = Starts(consumer, partitions, options, offsetsForTimes)
                .Select(s => resumeAt is not null && resumeAt.TryGetValue(s.Partition.Value, out var next) ? new TopicPartitionOffset(s.TopicPartition, next) : s)
                .ToList();
            var unfinished = new Dictionary<int, long>();
            var notAtEnd = new HashSet<int>();
            foreach (var start in starts)
            {
                var watermarks = consumer.QueryWatermarkOffsets(start.TopicPartition, options.RequestTimeout);
                var from = start.Offset == Offset.Beginning ? watermarks.Low.Value : start.Offset == Offset.End ? watermarks.High.Value : start.Offset.Value;
                if (from < watermarks.High.Value)
                {
                    unfinished[start.Partition.Value] = watermarks.High.Value - 1;
                    notAtEnd.Add(start.Partition.Value);
                }
            }

            consumer.Assign(starts);
            return new TopicConsumer(consumer, unfinished, notAtEnd);
        }
        catch
        {
            consumer.Dispose();
            throw;
        }
    }

    /// <summary>The records that come within a short wait, up to a batch; partition ends are accounted for, not returned.</summary>
    public Task<List<ConsumeResult<byte[], byte[]>>> NextAsync(CancellationToken cancellationToken) =>
        Task.Run(
            () =>
            {
                var batch = new List<ConsumeResult<byte[], byte[]>>();
                var wait = PollTimeout;
                while (batch.Count < BatchSize)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var result = consumer.Consume(wait);
                    if (result is null)
                    {
                        break;
                    }

                    wait = TimeSpan.Zero;
                    var partition = result.Partition.Value;
                    if (result.IsPartitionEOF)
                    {
                        notAtEnd.Remove(partition);
                        unfinished.Remove(partition);
                        continue;
                    }

                    notAtEnd.Add(partition);
                    if (unfinished.TryGetValue(partition, out var last) && result.Offset.Value >= last)
                    {
                        unfinished.Remove(partition);
                    }

                    batch.Add(result);
                }

                return batch;
            },
            cancellationToken);

    public void Dispose() => consumer.Dispose();

    private static List<TopicPartitionOffset> Starts(IConsumer<byte[], byte[]> consumer, List<TopicPartition> partitions, AuditTopicReadOptions options, TimeOffsetLookup offsetsForTimes)
    {
        if (options.From is not { } from)
        {
            return partitions.Select(p => new TopicPartitionOffset(p, Offset.Beginning)).ToList();
        }

        var timestamp = new Timestamp(from);
        // A partition with no record at or after the time comes back as Offset.End.
        return offsetsForTimes(consumer, partitions.Select(p => new TopicPartitionTimestamp(p, timestamp)).ToList(), options.RequestTimeout);
    }

    /// <summary>The partitions of <paramref name="topic"/>, in order.</summary>
    /// <exception cref="KafkaException">The topic does not exist, or the cluster refused.</exception>
    internal static List<TopicPartition> Partitions(ClientConfig cluster, string topic, TimeSpan timeout)
    {
        var config = new AdminClientConfig(ClusterSettings.CopyOf(cluster)) { AllowAutoCreateTopics = false };
        using var admin = new AdminClientBuilder(config).Build();
        var metadata = admin.GetMetadata(topic, timeout);
        var described = metadata.Topics.SingleOrDefault(t => t.Topic == topic);
        if (described is null || described.Error.Code == ErrorCode.UnknownTopicOrPart || described.Partitions.Count == 0)
        {
            throw new KafkaException(new Error(ErrorCode.UnknownTopicOrPart, $"The topic {topic} does not exist."));
        }

        if (described.Error.IsError)
        {
            throw new KafkaException(described.Error);
        }

        return described.Partitions.Select(p => new TopicPartition(topic, p.PartitionId)).OrderBy(p => p.Partition.Value).ToList();
    }
}
