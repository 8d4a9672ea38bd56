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
/// the cursors (published, then the relay died before moving its cursor), then loops: read a batch after the cursors,
/// publish the events not already on the topic, wait for every acknowledgement, move the cursors. Any failure ends the
/// session: the next one starts over from the cursors and the topic, so nothing is lost or published twice.</para>
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
        await new TopicTail(cluster, publisher.TopicName!, RequestTimeout).ReadAsync(options.BatchSize, published, token).ConfigureAwait(false);
        var recovered = published.Advance(cursors);
        if (recovered.Count > 0)
        {
            await outbox.MoveCursorsAsync(recovered, token).ConfigureAwait(false);
            RelayLog.Recovered(logger, Destination, recovered.Count);
        }

        using var producer = new ProducerBuilder<byte[], byte[]>(AuditProducerConfig.Create(cluster, options, "auditlog-relay"))
            .SetLogHandler((_, message) => LibrdkafkaLog.Write(logger, message))
            .Build();
        var keyed = database.Options.IntegrityKey is not null;
        while (true)
        {
            token.ThrowIfCancellationRequested();
            var batch = await outbox.ReadAsync(cursors, options.BatchSize, token).ConfigureAwait(false);
            if (batch.Count == 0)
            {
                metrics.Lag(0);
                await lease.WaitForCommitAsync(options.PollInterval, token).ConfigureAwait(false);
                continue;
            }

            await PublishAsync(producer, batch, keyed, token).ConfigureAwait(false);
            var moved = new Dictionary<Guid, long>();
            foreach (var item in batch)
            {
                moved[item.WriterId] = item.Sequence;
            }

            await outbox.MoveCursorsAsync(moved, token).ConfigureAwait(false);
            foreach (var (writer, sequence) in moved)
            {
                cursors[writer] = sequence;
            }

            published.Advance(cursors);
            failureBackoff.Reset();
            await ObserveLagAsync(outbox, token).ConfigureAwait(false);
        }
    }

    private async Task PublishAsync(IProducer<byte[], byte[]> producer, IReadOnlyList<OutboxEvent> batch, bool keyed, CancellationToken cancellationToken)
    {
        var deliveries = new List<(OutboxEvent Event, Task<DeliveryResult<byte[], byte[]>> Delivery)>(batch.Count);
        foreach (var item in batch)
        {
            if (published.Contains(item.WriterId, item.Sequence))
            {
                continue;
            }

            var link = new AuditChainLink(item.WriterId, item.Sequence, ChainHashText.Format(item.Hash, keyed), ChainHashText.Format(item.PreviousHash, keyed));
            if (failedOnce.Remove((item.WriterId, item.Sequence)))
            {
                metrics.Retried(1);
            }

            var message = AuditMessageWriter.Create(item.Payload, item.ResourceAddress, link, options.Format);
            deliveries.Add((item, producer.ProduceAsync(publisher.TopicName, message, CancellationToken.None)));
        }

        // Every delivery reaches a final outcome (acknowledged or failed after the delivery timeout) before the session
        // goes on or ends, so no record of this batch can still be in flight when the next session reads the topic.
        try
        {
            await Task.WhenAll(deliveries.Select(d => d.Delivery)).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (KafkaException)
        {
            // Counted below, per event.
        }

        var now = timeProvider.GetUtcNow();
        var failed = 0;
        foreach (var (item, delivery) in deliveries)
        {
            if (delivery.IsCompletedSuccessfully)
            {
                published.Add(item.WriterId, item.Sequence);
                metrics.Acknowledged(now - item.Time);
            }
            else
            {
                failed++;
                failedOnce.Add((item.WriterId, item.Sequence));
            }
        }

        metrics.Published(deliveries.Count - failed);
        if (failed > 0)
        {
            metrics.Failed(failed);
            var error = deliveries.First(d => !d.Delivery.IsCompletedSuccessfully).Delivery.Exception?.InnerException;
            throw new KafkaPublishException($"{failed} of {deliveries.Count} audit events were not acknowledged by the broker; they are published again.", error);
        }

        status.Published(now);
    }

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
