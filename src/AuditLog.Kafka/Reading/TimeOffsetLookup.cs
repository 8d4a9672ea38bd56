using Confluent.Kafka;

namespace AuditLog.Kafka.Reading;

/// <summary>
/// The offset of the first record at or after a time in each partition (<see cref="IConsumer{TKey,TValue}.OffsetsForTimes"/>),
/// <see cref="Offset.End"/> where there is none.
/// </summary>
internal delegate List<TopicPartitionOffset> TimeOffsetLookup(IConsumer<byte[], byte[]> consumer, IReadOnlyList<TopicPartitionTimestamp> times, TimeSpan timeout);
