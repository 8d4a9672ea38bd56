using AuditLog.Kafka.Configuration;
using AuditLog.Kafka.Health;
using AuditLog.Kafka.Provisioning;
using AuditLog.Kafka.Publishing;
using AuditLog.Kafka.Wire;
using AuditLog.PostgreSql;
using AuditLog.PostgreSql.Outbox;
using Confluent.Kafka;
using Microsoft.Extensions.Logging;

namespace AuditLog.Kafka.Relay;

/// <summary>
/// Publishes the events committed to PostgreSQL to the audit topic, each exactly once, by a per-writer cursor.
/// </summary>
/// <remarks>
/// <para>One relay is active across host instances: the one holding the <see cref="RelayLease"/>; the others try again
/// every <see cref="LeaseRetryInterval"/>, so one takes over within seconds of the active one's death.</para>
/// <para>A session (one lease, one producer) first reads the end of each partition for events already published past
/// the cursors (published, then the relay died before moving its cursor), then loops: read a batch after the last one
/// read, publish the events not already on the topic, and, once every record of the oldest batch in flight is
/// acknowledged, move the cursors over it. Any failure ends the session, after every record sent has reached its
/// outcome: the next one starts over from the cursors and the topic, so nothing is lost or published twice.</para>
/// </remarks>
internal sealed class AuditRelay(
    AuditDatabase database,
    KafkaClusterRegistry clusters,
    AuditLogPublisherOptions publisher,
    KafkaExportOptions options,
    KafkaExportMetrics metrics,
    KafkaExportStatus status,
    TimeProvider timeProvider,
    ILogger<AuditRelay> logger)
{
    /// <summary>How often a standby instance tries to take the lease.</summary>
    public static readonly TimeSpan LeaseRetryInterval = TimeSpan.FromSeconds(1);

    private static readonly TimeSpan LagInterval = TimeSpan.FromSeconds(5);

    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(10);

    // Batches produced and not yet acknowledged: reading the next batch from PostgreSQL and moving the cursors of the
    // last one overlap with the broker's work. The tail read after a restart covers this many batches.
    private const int BatchesInFlight = 4;

    private readonly Backoff clusterBackoff = new(TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
    private readonly Backoff failureBackoff = new(TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(30));
    private readonly HashSet<(Guid Writer, long Sequence)> failedOnce = [];

    // What this process saw acknowledged past the cursors survives a failed session: the next session adds what the
    // end of the partitions holds (published by another instance that died) instead of relying on that read alone.
    private readonly PublishedLinks published = new();
    private DateTimeOffset lagReadAt;

    /// <summary>The name of the cursor set in PostgreSQL: one per cluster and topic.</summary>
    public string Destination { get; } = $"{publisher.Cluster}/{publisher.TopicName}";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var outbox = new AuditOutbox(database, Destination);
        while (!cancellationToken.IsCancellationRequested)
        {
            if (clusters.FindClientConfig(publisher.Cluster!) is not { } cluster)
            {
                status.ClusterMissing();
                ProvisioningLog.ClusterNotFound(logger, publisher.Cluster!);
                await DelayAsync(clusterBackoff.Next(), cancellationToken).ConfigureAwait(false);
                continue;
            }

            status.ClusterFound();
            clusterBackoff.Reset();
            try
            {
                await using var lease = await RelayLease.TryAcquireAsync(database, Destination, cancellationToken).ConfigureAwait(false);
                if (lease is null)
                {
                    status.Active(false);
                    await DelayAsync(LeaseRetryInterval, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                status.Active(true);
                RelayLog.Active(logger, Destination);
                await RunSessionAsync(outbox, lease, cluster, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                var delay = failureBackoff.Next();
                status.Failed(Describe(exception), timeProvider.GetUtcNow());
                RelayLog.SessionFailed(logger, exception, Destination, delay);
                await DelayAsync(delay, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                status.Active(false);
            }
        }
    }

    private async Task RunSessionAsync(AuditOutbox outbox, RelayLease lease, ClientConfig cluster, CancellationToken cancellationToken)
    {
        using var session = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lease.Lost);
        var token = session.Token;
        var cursors = new Dictionary<Guid, long>(await outbox.ReadCursorsAsync(token).ConfigureAwait(false));
        await new TopicTail(cluster, publisher.TopicName!, RequestTimeout).ReadAsync(BatchesInFlight * options.BatchSize, published, token).ConfigureAwait(false);
        var recovered = published.Advance(cursors);
        if (recovered.Count > 0)
        {
            await outbox.MoveCursorsAsync(recovered, token).ConfigureAwait(false);
            RelayLog.Recovered(logger, Destination, recovered.Count);
        }

        using var producer = new ProducerBuilder<byte[], byte[]>(AuditProducerConfig.Create(cluster, options, "auditlog-relay"))
            .SetLogHandler((_, message) => LibrdkafkaLog.Write(logger, message))
            .Build();
        var inFlight = new Queue<PublishedBatch>();
        try
        {
            await RelayAsync(outbox, lease, producer, cursors, inFlight, token).ConfigureAwait(false);
        }
        finally
        {
            // Every record sent reaches a final outcome (acknowledged, or failed after the delivery timeout) before the
            // session ends, so none can still land after the next session has read the end of the partitions.
            await SettleAsync(producer, inFlight).ConfigureAwait(false);
        }
    }

    // Keeps up to BatchesInFlight batches on their way to the broker; the cursors move batch by batch, in order, once
    // every record of the batch is acknowledged. The next batch is read while this one is produced and the broker works,
    // and a batch's cursors are written while the next one is awaited: PostgreSQL's round trips overlap the broker's.
    private async Task RelayAsync(AuditOutbox outbox, RelayLease lease, IProducer<byte[], byte[]> producer, Dictionary<Guid, long> cursors, Queue<PublishedBatch> inFlight, CancellationToken token)
    {
        var keyed = database.Options.IntegrityKey is not null;
        var read = new Dictionary<Guid, long>(cursors);
        Task<IReadOnlyList<OutboxEvent>>? ahead = null;
        (Task Task, IReadOnlyDictionary<Guid, long> Cursors)? moving = null;

        // The cursors count as moved, and the links they pass are forgotten, only once PostgreSQL has them.
        async Task MovedAsync()
        {
            if (moving is { } move)
            {
                moving = null;
                await move.Task.ConfigureAwait(false);
                foreach (var (writer, sequence) in move.Cursors)
                {
                    cursors[writer] = sequence;
                }

                published.Advance(cursors);
                failureBackoff.Reset();
            }
        }

        try
        {
            while (true)
            {
                token.ThrowIfCancellationRequested();
                if (inFlight.Count < BatchesInFlight)
                {
                    var batch = await (ahead ?? outbox.ReadAsync(read, options.BatchSize, token)).ConfigureAwait(false);
                    ahead = null;
                    if (batch.Count > 0)
                    {
                        var batchCursors = CursorsAfter(batch);
                        foreach (var (writer, sequence) in batchCursors)
                        {
                            read[writer] = sequence;
                        }

                        // The next batch is read while this one's records are built and produced: reading and producing
                        // had alternated, each waiting for the other (relay 0.36 - 0.42 of its read alone).
                        ahead = outbox.ReadAsync(new Dictionary<Guid, long>(read), options.BatchSize, token);
                        inFlight.Enqueue(Produce(producer, batch, batchCursors, keyed));
                        continue;
                    }
                }

                if (inFlight.Count == 0)
                {
                    await MovedAsync().ConfigureAwait(false);
                    metrics.Lag(0);
                    await lease.WaitForCommitAsync(options.PollInterval, token).ConfigureAwait(false);
                    continue;
                }

                var oldest = inFlight.Peek();
                await oldest.Completion.WaitAsync(token).ConfigureAwait(false);
                inFlight.Dequeue();
                Record(oldest);
                await MovedAsync().ConfigureAwait(false);
                moving = (outbox.MoveCursorsAsync(oldest.Cursors, token), oldest.Cursors);
                await ObserveLagAsync(outbox, token).ConfigureAwait(false);
            }
        }
        finally
        {
            // Outcomes nobody waits for any more: a failed read is read again, a failed move moved again, next session.
            if (ahead is not null)
            {
                await ((Task)ahead).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }

            if (moving is { } move)
            {
                await move.Task.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    // Where each writer's cursor stands after the batch: its last sequence in it (a batch is ordered by writer, then
    // sequence).
    private static Dictionary<Guid, long> CursorsAfter(IReadOnlyList<OutboxEvent> batch)
    {
        var cursors = new Dictionary<Guid, long>();
        foreach (var item in batch)
        {
            cursors[item.WriterId] = item.Sequence;
        }

        return cursors;
    }

    private PublishedBatch Produce(IProducer<byte[], byte[]> producer, IReadOnlyList<OutboxEvent> batch, IReadOnlyDictionary<Guid, long> cursors, bool keyed)
    {
        var deliveries = new List<(OutboxEvent Event, Task<DeliveryResult<byte[], byte[]>> Delivery)>(batch.Count);
        foreach (var item in batch)
        {
            if (published.Contains(item.WriterId, item.Sequence))
            {
                continue;
            }

            if (failedOnce.Remove((item.WriterId, item.Sequence)))
            {
                metrics.Retried(1);
            }

            deliveries.Add((item, producer.ProduceAsync(publisher.TopicName, RecordOf(item, keyed, options.Format), CancellationToken.None)));
        }

        return new PublishedBatch(deliveries, cursors);
    }

    /// <summary>The audit topic's record of a stored event, with its chain link.</summary>
    internal static Message<byte[], byte[]> RecordOf(OutboxEvent item, bool keyed, AuditMessageFormat format) =>
        AuditMessageWriter.Create(item.Payload, item.ResourceAddress, AuditChainLink.Of(item.WriterId, item.Sequence, item.Hash, item.PreviousHash, keyed), format);

    // Counts the batch's outcome; throws when a record was not acknowledged, which ends the session.
    private void Record(PublishedBatch batch)
    {
        var now = timeProvider.GetUtcNow();
        var outcome = Remember(batch, now);
        outcome.CountOn(metrics);
        if (outcome.Failed > 0)
        {
            throw outcome.ToException();
        }

        status.Published(now);
    }

    // Waits for the outcome of every record still in flight (bounded by the delivery timeout) and remembers the
    // acknowledged ones, so the next session does not publish them again.
    private async Task SettleAsync(IProducer<byte[], byte[]> producer, Queue<PublishedBatch> inFlight)
    {
        if (inFlight.Count == 0)
        {
            return;
        }

        await Task.Run(() => producer.Flush(options.DeliveryTimeout + TimeSpan.FromSeconds(5))).ConfigureAwait(false);
        foreach (var batch in inFlight)
        {
            await batch.Completion.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            Remember(batch, acknowledgedAt: null);
        }

        inFlight.Clear();
    }

    // Remembers which records of a completed batch are on the topic (not sent again) and which failed (counted as
    // retried when sent again); times the acknowledged ones when given the time.
    private DeliveryOutcome Remember(PublishedBatch batch, DateTimeOffset? acknowledgedAt) =>
        DeliveryOutcome.Of(
            batch.Deliveries,
            item =>
            {
                published.Add(item.WriterId, item.Sequence);
                if (acknowledgedAt is { } at)
                {
                    metrics.Acknowledged(at - item.Time);
                }
            },
            item => failedOnce.Add((item.WriterId, item.Sequence)));

    private async Task ObserveLagAsync(AuditOutbox outbox, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        if (now - lagReadAt >= LagInterval)
        {
            lagReadAt = now;
            metrics.Lag((await outbox.ReadLagAsync(cancellationToken).ConfigureAwait(false)).Events);
        }
    }

    private static string Describe(Exception exception) => exception switch
    {
        KafkaException kafka => $"{kafka.Error.Code}: {kafka.Error.Reason}",
        _ => exception.Message,
    };

    private Task DelayAsync(TimeSpan delay, CancellationToken cancellationToken) => Task.Delay(delay, timeProvider, cancellationToken);
}
