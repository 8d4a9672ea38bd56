using AuditLog.CloudEvents;
using AuditLog.Integrity;
using AuditLog.Kafka.Configuration;
using AuditLog.Kafka.Health;
using AuditLog.Kafka.Provisioning;
using AuditLog.Kafka.Wire;
using AuditLog.Pipeline;
using Confluent.Kafka;
using Microsoft.Extensions.Logging;

namespace AuditLog.Kafka.Publishing;

/// <summary>
/// Publishes audit events straight to the audit topic when there is no PostgreSQL: the pipeline's bounded queue is the
/// buffer (its capacity and overflow policy are <see cref="AuditLogOptions"/>'), and <c>LogAsync</c> completes on
/// acceptance or, with <see cref="KafkaExportOptions.CompleteOnAcknowledgement"/>, on the broker's acknowledgement.
/// The events are chained here, by a writer id of this process, so the topic carries the same proof as with PostgreSQL.
/// </summary>
/// <remarks>
/// A batch that fails is written again by the pipeline: its events keep the links and payload bytes they were given,
/// and those already acknowledged are not sent again, so a retry neither doubles an event nor breaks the chain.
/// </remarks>
internal sealed class KafkaAuditSink : ICommitGatedSink, IOptionalSink, IDisposable
{
    private readonly KafkaClusterRegistry clusters;
    private readonly AuditLogPublisherOptions publisher;
    private readonly KafkaExportOptions options;
    private readonly KafkaExportMetrics metrics;
    private readonly KafkaExportStatus status;
    private readonly TimeProvider timeProvider;
    private readonly ILogger<KafkaAuditSink> logger;
    private readonly ChainHasher hasher;
    private readonly Dictionary<Guid, Linked> linked = [];
    private readonly HashSet<Guid> acknowledged = [];
    private IProducer<byte[], byte[]>? producer;
    private long sequence;
    private byte[] previousHash = ChainHasher.Genesis.ToArray();

    public KafkaAuditSink(
        KafkaClusterRegistry clusters,
        AuditLogPublisherOptions publisher,
        KafkaExportOptions options,
        KafkaExportMetrics metrics,
        KafkaExportStatus status,
        TimeProvider timeProvider,
        ILogger<KafkaAuditSink> logger,
        bool isEnabled)
    {
        (this.clusters, this.publisher, this.options, this.metrics, this.status, this.timeProvider, this.logger) =
            (clusters, publisher, options, metrics, status, timeProvider, logger);
        IsEnabled = isEnabled;
        hasher = new ChainHasher(options.IntegrityKey);
    }

    /// <summary>This process's chain id.</summary>
    public Guid WriterId { get; } = Guid.CreateVersion7();

    public bool IsEnabled { get; }

    public AuditSinkCompletion Completion => options.CompleteOnAcknowledgement ? AuditSinkCompletion.OnWritten : AuditSinkCompletion.OnAccepted;

    public Task WriteAsync(IReadOnlyList<AuditEvent> batch, CancellationToken cancellationToken) => WriteAsync(batch, CommitGate.Open, cancellationToken);

    public async Task WriteAsync(IReadOnlyList<AuditEvent> batch, CommitGate gate, CancellationToken cancellationToken)
    {
        var producer = Producer();
        gate.Enter();
        var deliveries = new List<((Guid Id, DateTimeOffset Time) Event, Task<DeliveryResult<byte[], byte[]>> Delivery)>(batch.Count);
        foreach (var auditEvent in batch)
        {
            if (acknowledged.Contains(auditEvent.Id))
            {
                continue;
            }

            var (link, payload) = Link(auditEvent, out var retried);
            if (retried)
            {
                metrics.Retried(1);
            }

            var message = AuditMessageWriter.Create(payload, auditEvent.Resource.Address, link, options.Format);
            deliveries.Add(((auditEvent.Id, auditEvent.Time), producer.ProduceAsync(publisher.TopicName, message, CancellationToken.None)));
        }

        try
        {
            await Task.WhenAll(deliveries.Select(d => d.Delivery)).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (KafkaException)
        {
            // Counted below, per event.
        }

        var now = timeProvider.GetUtcNow();
        var outcome = DeliveryOutcome.Of(
            deliveries,
            sent =>
            {
                acknowledged.Add(sent.Id);
                metrics.Acknowledged(now - sent.Time);
            },
            _ => { });
        outcome.CountOn(metrics);
        if (outcome.Failed > 0)
        {
            status.Failed(outcome.Reason, now);
            throw outcome.ToException();
        }

        foreach (var auditEvent in batch)
        {
            acknowledged.Remove(auditEvent.Id);
            linked.Remove(auditEvent.Id);
        }

        status.Published(now);
    }

    public void Dispose()
    {
        producer?.Flush(TimeSpan.FromSeconds(5));
        producer?.Dispose();
    }

    private IProducer<byte[], byte[]> Producer()
    {
        if (producer is not null)
        {
            return producer;
        }

        if (clusters.FindClientConfig(publisher.Cluster!) is not { } cluster)
        {
            status.ClusterMissing();
            ProvisioningLog.ClusterNotFound(logger, publisher.Cluster!);
            throw new KafkaPublishException($"Failed to publish audit log event: Not found. Could not find cluster {publisher.Cluster}", null);
        }

        status.ClusterFound();
        status.Active(true);
        producer = new ProducerBuilder<byte[], byte[]>(AuditProducerConfig.Create(cluster, options, "auditlog-publisher"))
            .SetLogHandler((_, message) => LibrdkafkaLog.Write(logger, message))
            .Build();
        return producer;
    }

    // An event keeps the link and payload bytes it was first given, across retries.
    private Linked Link(AuditEvent auditEvent, out bool retried)
    {
        retried = linked.TryGetValue(auditEvent.Id, out var known);
        if (retried)
        {
            return known!;
        }

        var payload = AuditCloudEventMapper.ToJson(auditEvent);
        sequence++;
        var hash = hasher.Hash(previousHash, WriterId, sequence, payload);
        var keyed = options.IntegrityKey is not null;
        var link = AuditChainLink.Of(WriterId, sequence, hash, previousHash, keyed);
        previousHash = hash;
        return linked[auditEvent.Id] = new Linked(link, payload);
    }

    private sealed record Linked(AuditChainLink Link, string Payload);
}
