using System.Runtime.CompilerServices;
using AuditLog.Kafka.Configuration;
using AuditLog.Kafka.Reading;
using Confluent.Kafka;

namespace AuditLog.Kafka;

/// <summary>
/// Reads the audit topic back as typed <see cref="AuditEvent"/>s, checking every writer's chain as it reads
/// (docs/kafka.md, "Reading the topic back"): the hash of each record, and per writer that sequences follow each other
/// without gap or duplicate and that each names the previous one's hash. Reads every partition, assigned by hand: no
/// consumer group is joined and no offset is committed, so reading never disturbs anyone else's.
/// </summary>
public sealed class AuditTopicReader
{
    private readonly ClientConfig cluster;
    private readonly TimeOffsetLookup offsetsForTimes;

    /// <summary>A reader of <paramref name="topic"/> on the cluster <paramref name="cluster"/> describes.</summary>
    /// <param name="cluster">The client configuration of the cluster (bootstrap servers, security…); copied.</param>
    /// <param name="topic">The audit topic.</param>
    public AuditTopicReader(ClientConfig cluster, string topic)
        : this(cluster, topic, (consumer, times, timeout) => consumer.OffsetsForTimes(times, timeout))
    {
    }

    /// <summary>A reader looking offsets for times up with <paramref name="offsetsForTimes"/>: librdkafka's mock cluster cannot.</summary>
    internal AuditTopicReader(ClientConfig cluster, string topic, TimeOffsetLookup offsetsForTimes)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        ArgumentException.ThrowIfNullOrWhiteSpace(topic);
        this.cluster = new ClientConfig(ClusterSettings.CopyOf(cluster));
        this.offsetsForTimes = offsetsForTimes;
        Topic = topic;
    }

    /// <summary>The audit topic.</summary>
    public string Topic { get; }

    /// <summary>
    /// The events of the topic, each writer's in sequence order, and the violations found, each where it was found.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Events of one writer are spread over partitions (the key is the resource), so an event waits until the one
    /// before it in its chain was read. A missing sequence is reported as a <see cref="AuditTopicViolationKind.Gap"/>
    /// once it cannot come any more: at the end of a read that does not follow, or when more than
    /// <see cref="AuditTopicReadOptions.MaxOutOfOrder"/> events of the writer wait behind it.
    /// A <see cref="AuditTopicViolationKind.Duplicate"/> is reported and the copy not yielded; an
    /// <see cref="AuditTopicViolationKind.Altered"/> event is reported, then yielded; an
    /// <see cref="AuditTopicViolationKind.Unreadable"/> record is reported and skipped.
    /// </para>
    /// <para>
    /// A writer's chain is checked from the first sequence read: sequence 1, or, when the read starts later (at
    /// <see cref="AuditTopicReadOptions.From"/>, or after the topic's retention deleted older records), the lowest
    /// sequence read by the time every partition was read to its end once. The topic alone cannot show that records
    /// before it are missing. Partitions added while following are not read.
    /// </para>
    /// </remarks>
    /// <param name="options">Where to start, whether to follow, the integrity key; null for the defaults.</param>
    /// <param name="cancellationToken">Ends the read (the only way a read that follows ends) with an <see cref="OperationCanceledException"/>.</param>
    /// <returns>The events and violations, as they are read.</returns>
    /// <exception cref="KafkaException">The topic does not exist, or the cluster refused or did not answer.</exception>
    public IAsyncEnumerable<AuditTopicItem> ReadAsync(AuditTopicReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new AuditTopicReadOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxOutOfOrder, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.RequestTimeout, TimeSpan.Zero, nameof(options));
        if (options.IntegrityKey is { Length: 0 })
        {
            throw new ArgumentException("The integrity key must not be empty; leave it null when the hashes are not keyed.", nameof(options));
        }

        return ReadItemsAsync(options, cancellationToken);
    }

    private async IAsyncEnumerable<AuditTopicItem> ReadItemsAsync(AuditTopicReadOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var consumer = await Task.Run(() => TopicConsumer.Open(cluster, Topic, options, offsetsForTimes), cancellationToken).ConfigureAwait(false);
        var chains = new TopicChains(options);
        var ready = new List<AuditTopicItem>();
        while (options.Follow || !consumer.ReachedStartEnd)
        {
            foreach (var record in await consumer.NextAsync(cancellationToken).ConfigureAwait(false))
            {
                chains.Add(record, ready);
            }

            if (options.Follow && consumer.AtEnd)
            {
                chains.CaughtUp(ready);
            }

            foreach (var item in ready)
            {
                yield return item;
            }

            ready.Clear();
        }

        chains.Finish(ready);

        foreach (var item in ready)
        {
            yield return item;
        }
    }
}
