using System.Security.Cryptography;
using AuditLog.Kafka.Wire;
using AuditLog.PostgreSql;
using AuditLog.PostgreSql.Outbox;
using Confluent.Kafka;

namespace AuditLog.Kafka.Witness;

/// <summary>
/// The audit topic as a witness of the database (<c>auditlog verify --topic</c>, docs/kafka.md): reads the whole topic
/// with <see cref="AuditTopicReader"/>, reporting its violations, and checks that every event on it is in the database
/// at the same place of the same chain with the same hashes and payload bytes. An event changed or removed in the
/// database after it was published is found even when its chain and head were rewritten consistently, which the
/// database's own verifier cannot see. Events retention purged (at or below their chain's checkpoint) are not
/// reported. Events the relay's cursor says were published but the topic lacks are reported too.
/// </summary>
/// <remarks>
/// The database is asked a batch of events at a time (one statement per <see cref="DefaultBatchSize"/> events, by the
/// <c>(writer_id, sequence)</c> index), so memory grows with the writers, not the events (the reader itself holds at
/// most <see cref="AuditTopicReadOptions.MaxOutOfOrder"/> events per writer).
/// </remarks>
internal sealed class TopicWitness
{
    /// <summary>The events looked up in the database per statement.</summary>
    public const int DefaultBatchSize = 1_000;

    private readonly AuditDatabase database;
    private readonly ClientConfig cluster;
    private readonly AuditTopicReadOptions readOptions;
    private readonly int batchSize;

    /// <param name="database">The audit log's database.</param>
    /// <param name="cluster">The client configuration of the cluster.</param>
    /// <param name="clusterId">The id the relay knows the cluster by: its cursors are kept for <c>&lt;cluster&gt;/&lt;topic&gt;</c>.</param>
    /// <param name="topic">The audit topic.</param>
    /// <param name="integrityKey">The key the chains were hashed with; null for the database's (<see cref="PostgreSqlAuditOptions.IntegrityKey"/>).</param>
    /// <param name="batchSize">The events looked up per statement.</param>
    public TopicWitness(AuditDatabase database, ClientConfig cluster, string clusterId, string topic, string? integrityKey = null, int batchSize = DefaultBatchSize)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(cluster);
        ArgumentException.ThrowIfNullOrWhiteSpace(clusterId);
        ArgumentException.ThrowIfNullOrWhiteSpace(topic);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        this.database = database;
        this.cluster = cluster;
        this.batchSize = batchSize;
        Topic = topic;
        Destination = $"{clusterId}/{topic}";
        readOptions = new AuditTopicReadOptions { IntegrityKey = integrityKey ?? database.Options.IntegrityKey };
    }

    /// <summary>The audit topic.</summary>
    public string Topic { get; }

    /// <summary>The relay's destination, <c>&lt;cluster&gt;/&lt;topic&gt;</c>, whose cursors say what was published.</summary>
    public string Destination { get; }

    /// <summary>Reads the whole topic and compares it with the database, reporting each finding as it is made.</summary>
    /// <param name="report">Called for each finding, in the order found.</param>
    /// <param name="progress">Told the number of events read from the topic so far; null for none.</param>
    /// <param name="cancellationToken">Stops the comparison.</param>
    /// <returns>What was compared, and how many findings were reported.</returns>
    /// <exception cref="KafkaException">The topic does not exist, or the cluster refused or did not answer.</exception>
    public async Task<TopicWitnessResult> CompareAsync(Func<TopicFinding, CancellationToken, ValueTask> report, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);

        // Read before the topic: whatever the cursors cover was acknowledged before the read fixed the topic's end.
        var cursors = await new AuditOutbox(database, Destination).ReadCursorsAsync(cancellationToken).ConfigureAwait(false);
        var topicRemovedRecords = await TopicRetention.RemovedRecordsAsync(cluster, Topic, readOptions.RequestTimeout, cancellationToken).ConfigureAwait(false);

        var stored = new StoredEvents(database);
        var tally = new Tally();
        var seen = new Dictionary<Guid, (long First, long Last)>();
        var batch = new List<PublishedEntry>(batchSize);
        var reader = new AuditTopicReader(cluster, Topic);
        await foreach (var item in reader.ReadAsync(readOptions, cancellationToken).ConfigureAwait(false))
        {
            switch (item)
            {
                case AuditTopicViolation violation:
                    tally.Findings++;
                    await report(TopicFinding.From(violation), cancellationToken).ConfigureAwait(false);
                    break;
                case AuditTopicEvent published:
                    tally.OnTopic++;
                    var link = published.Link;
                    // The reader yields each writer's events in sequence order.
                    seen[link.Writer] = seen.TryGetValue(link.Writer, out var range) ? (range.First, link.Sequence) : (link.Sequence, link.Sequence);
                    batch.Add(Entry(published));
                    if (batch.Count == batchSize)
                    {
                        await CompareBatchAsync(stored, batch, tally, report, cancellationToken).ConfigureAwait(false);
                        progress?.Report(tally.OnTopic);
                    }

                    break;
            }
        }

        await CompareBatchAsync(stored, batch, tally, report, cancellationToken).ConfigureAwait(false);
        progress?.Report(tally.OnTopic);

        await foreach (var (writer, sequence, eventId) in stored.ListAsync(Expected(cursors, seen, topicRemovedRecords), cancellationToken).ConfigureAwait(false))
        {
            tally.Findings++;
            await report(
                new TopicFinding(
                    TopicFindingKind.NotOnTopic,
                    eventId,
                    writer,
                    sequence,
                    $"Event {eventId} (writer {writer}, sequence {sequence}) is in the database and the relay's cursor for {Destination} is at sequence {cursors[writer]}, but the event is not on the topic."),
                cancellationToken).ConfigureAwait(false);
        }

        return new TopicWitnessResult(tally.OnTopic, tally.Matched, tally.Purged, tally.Findings);
    }

    // Per writer, the published sequences the topic lacks beyond what the reader reports as gaps: after the last one on
    // the topic up to the cursor, and, unless the topic's retention removed records, before the first one.
    private static List<(Guid Writer, long After, long UpTo)> Expected(
        IReadOnlyDictionary<Guid, long> cursors, Dictionary<Guid, (long First, long Last)> seen, bool topicRemovedRecords)
    {
        var ranges = new List<(Guid, long, long)>();
        foreach (var (writer, cursor) in cursors)
        {
            if (!seen.TryGetValue(writer, out var range))
            {
                if (!topicRemovedRecords)
                {
                    ranges.Add((writer, 0, cursor));
                }

                continue;
            }

            if (!topicRemovedRecords && range.First > 1)
            {
                ranges.Add((writer, 0, Math.Min(range.First - 1, cursor)));
            }

            if (cursor > range.Last)
            {
                ranges.Add((writer, range.Last, cursor));
            }
        }

        return ranges;
    }

    private static PublishedEntry Entry(AuditTopicEvent published)
    {
        var link = published.Link;
        ChainHashText.TryParse(link.Hash, out var hash, out _);
        ChainHashText.TryParse(link.PreviousHash, out var previousHash, out _);
        return new PublishedEntry(published.Event.Id, link.Writer, link.Sequence, hash, previousHash, SHA256.HashData(published.Payload.Span), published.Partition, published.Offset);
    }

    private static async Task CompareBatchAsync(StoredEvents stored, List<PublishedEntry> batch, Tally tally, Func<TopicFinding, CancellationToken, ValueTask> report, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return;
        }

        var found = await stored.LookUpAsync(batch, cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < batch.Count; i++)
        {
            var finding = Compare(batch[i], found[i], tally);
            if (finding is not null)
            {
                tally.Findings++;
                await report(finding, cancellationToken).ConfigureAwait(false);
            }
        }

        batch.Clear();
    }

    private static TopicFinding? Compare(PublishedEntry published, StoredEntry stored, Tally tally)
    {
        var place = $"Event {published.EventId} (writer {published.Writer}, sequence {published.Sequence}), published at partition {published.Partition} offset {published.Offset},";
        if (stored.EventId is not { } storedId)
        {
            if (published.Sequence <= stored.Checkpoint)
            {
                tally.Purged++;
                return null;
            }

            return new TopicFinding(
                TopicFindingKind.Removed,
                published.EventId,
                published.Writer,
                published.Sequence,
                $"{place} is not in the database, and retention did not purge it (the chain's checkpoint is at sequence {stored.Checkpoint}): it was removed after it was published.");
        }

        var differs = new List<string>(3);
        if (!stored.PayloadDigest.AsSpan().SequenceEqual(published.PayloadDigest))
        {
            differs.Add("payload");
        }

        if (!stored.Hash.AsSpan().SequenceEqual(published.Hash))
        {
            differs.Add("hash");
        }

        if (!stored.PreviousHash.AsSpan().SequenceEqual(published.PreviousHash))
        {
            differs.Add("previous hash");
        }

        if (differs.Count == 0 && storedId == published.EventId)
        {
            tally.Matched++;
            return null;
        }

        var instead = storedId == published.EventId ? string.Empty : $" the database holds event {storedId} in its place, and";
        var what = differs.Count == 1 ? $"its {differs[0]} differs" : $"its {string.Join(", ", differs[..^1])} and {differs[^1]} differ";
        return new TopicFinding(
            TopicFindingKind.Changed,
            published.EventId,
            published.Writer,
            published.Sequence,
            $"{place} was changed in the database after it was published:{instead} {what} from the record on the topic.");
    }

    private sealed class Tally
    {
        public long OnTopic { get; set; }

        public long Matched { get; set; }

        public long Purged { get; set; }

        public long Findings { get; set; }
    }
}
