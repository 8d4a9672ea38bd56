using AuditLog.Kafka.Import;
using AuditLog.Kafka.Reading;
using AuditLog.PostgreSql;
using AuditLog.PostgreSql.Import;
using Confluent.Kafka;
using Microsoft.Extensions.Logging;

namespace AuditLog.Kafka;

/// <summary>
/// Imports Confluent's audit topic (<c>confluent-audit-log-events</c>, structured CloudEvents JSON) into the audit
/// store, so one trail holds what people did through the host and what the clusters decided (docs/kafka.md,
/// "Importing a Confluent audit topic"). Each valid record is stored through <see cref="IAuditLogger"/>, chained like
/// every stored event, with Confluent's <c>id</c> as its id. Registered by <c>AddKafka()</c> when PostgreSQL is added.
/// </summary>
/// <remarks>
/// Idempotent: ids already stored are looked up before logging, so a re-read stores nothing twice. Resumable: per
/// partition, the offset of the next record is kept in the database and moved only once every record before it was
/// dealt with. Nothing depends on the order records are read in. Run one import of a topic at a time.
/// </remarks>
public sealed class ConfluentAuditImporter
{
    private readonly AuditDatabase database;
    private readonly IAuditLogger auditLogger;
    private readonly Func<string, ClientConfig?> clusters;
    private readonly ILogger logger;
    private readonly TimeOffsetLookup offsetsForTimes;

    internal ConfluentAuditImporter(AuditDatabase database, IAuditLogger auditLogger, Func<string, ClientConfig?> clusters, ILogger logger, TimeOffsetLookup? offsetsForTimes = null)
    {
        this.database = database;
        this.auditLogger = auditLogger;
        this.clusters = clusters;
        this.logger = logger;
        this.offsetsForTimes = offsetsForTimes ?? ((consumer, times, timeout) => consumer.OffsetsForTimes(times, timeout));
    }

    /// <summary>
    /// Reads the topic from where the last import of it stopped (or <see cref="ConfluentImportOptions.From"/>, or the
    /// beginning) up to the end it has now, and stores every valid, unfiltered event not stored yet.
    /// </summary>
    /// <param name="options">The cluster, topic and filters.</param>
    /// <param name="cancellationToken">Stops the import; what was committed stays, and the next import resumes after it.</param>
    /// <returns>The counts, and every record skipped as invalid with its partition and offset.</returns>
    /// <exception cref="ArgumentException">No cluster has the id, the topic is blank, or a filter is invalid.</exception>
    /// <exception cref="KafkaException">The topic does not exist, or the cluster refused or did not answer.</exception>
    /// <exception cref="AuditSinkException">The database could not store a batch; the next import resumes before it.</exception>
    public Task<ConfluentImportResult> ImportAsync(ConfluentImportOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.Cluster, nameof(options));
        ArgumentException.ThrowIfNullOrWhiteSpace(options.Topic, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.RequestTimeout, TimeSpan.Zero, nameof(options));
        var filter = ConfluentRecordFilter.Create(options);
        var cluster = clusters(options.Cluster)
            ?? throw new ArgumentException($"No cluster {options.Cluster} is registered: CDK_CLUSTERS_<n>_ID and _BOOTSTRAPSERVERS register one.", nameof(options));
        var run = new ImportRun($"{options.Cluster}/{options.Topic}", filter, new ImportLedger(database, $"{options.Cluster}/{options.Topic}"), auditLogger, logger);
        return ImportCoreAsync(cluster, options, run, cancellationToken);
    }

    private async Task<ConfluentImportResult> ImportCoreAsync(ClientConfig cluster, ConfluentImportOptions options, ImportRun run, CancellationToken cancellationToken)
    {
        var positions = await run.Ledger.ReadPositionsAsync(cancellationToken).ConfigureAwait(false);
        var readOptions = new AuditTopicReadOptions { From = options.From, RequestTimeout = options.RequestTimeout };
        using var consumer = await Task.Run(() => TopicConsumer.Open(cluster, options.Topic, readOptions, offsetsForTimes, positions), cancellationToken).ConfigureAwait(false);
        while (!consumer.ReachedStartEnd)
        {
            var batch = await consumer.NextAsync(cancellationToken).ConfigureAwait(false);
            await run.ImportAsync(batch, cancellationToken).ConfigureAwait(false);
        }

        return run.Finish();
    }
}
