using AuditLog.Configuration;
using Confluent.Kafka;

namespace AuditLog.Kafka;

/// <summary>
/// How audit events are published to the audit topic. Bound from the <c>AuditLog:Kafka</c> configuration section; where
/// and whether to publish come from <see cref="AuditLogPublisherOptions"/> (<c>CDK_AUDITLOGPUBLISHER_*</c>).
/// </summary>
public sealed class KafkaExportOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionName = "AuditLog:Kafka";

    /// <summary>The CloudEvents content mode of each record. Default <see cref="AuditMessageFormat.Structured"/>.</summary>
    [DefinedEnum(typeof(AuditMessageFormat), ErrorMessage = $"{SectionName}:{nameof(Format)} must be one of {{1}}.")]
    public AuditMessageFormat Format { get; set; } = AuditMessageFormat.Structured;

    /// <summary>
    /// The producer's compression of the record batches it sends. Default <see langword="null"/>: none.
    /// </summary>
    [DefinedEnum(typeof(CompressionType), ErrorMessage = $"{SectionName}:{nameof(Compression)} must be one of {{1}}.")]
    public CompressionType? Compression { get; set; }

    /// <summary>
    /// The most events the relay reads from PostgreSQL at a time; its cursors move over a batch once every event of it is
    /// acknowledged, with up to 4 batches in flight. It also sets how far back the relay reads each partition after a
    /// restart (4 × this) to find events already published. Default 1,000.
    /// </summary>
    [SettingRange(1, 100_000, ErrorMessage = $"{SectionName}:{nameof(BatchSize)} must be from {{1}} to {{2}}.")]
    public int BatchSize { get; set; } = 1_000;

    /// <summary>
    /// How often the relay looks for new events when no commit notification arrives (a notification wakes it at once).
    /// Default 1 s.
    /// </summary>
    [SettingRange(typeof(TimeSpan), "00:00:00.010", "00:10:00", ErrorMessage = $"{SectionName}:{nameof(PollInterval)} must be from {{1}} to {{2}}.")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long the producer tries to deliver a record before reporting it failed (<c>message.timeout.ms</c>). Default 30 s.</summary>
    [SettingRange(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = $"{SectionName}:{nameof(DeliveryTimeout)} must be from {{1}} to {{2}}.")]
    public TimeSpan DeliveryTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Without PostgreSQL: <see langword="true"/> makes <c>LogAsync</c> complete only once the broker acknowledged the
    /// event (bounded by <see cref="AuditLogOptions.WriteTimeout"/>); <see langword="false"/> (the default) completes
    /// once the event is in the bounded buffer (<see cref="AuditLogOptions.QueueCapacity"/>, whose overflow policy is
    /// <see cref="AuditLogOptions.QueueFullPolicy"/>). With PostgreSQL, events are committed first and relayed.
    /// </summary>
    public bool CompleteOnAcknowledgement { get; set; }

    /// <summary>
    /// Without PostgreSQL: the key of the HMAC-SHA-256 integrity chain of the published events; unset, the chain is plain
    /// SHA-256. With PostgreSQL the database's chain is published and its key (<c>AuditLog:PostgreSql:IntegrityKey</c>) applies.
    /// </summary>
    [NotEmptyWhenSet(ErrorMessage = $"{SectionName}:{nameof(IntegrityKey)} must not be empty when set.")]
    public string? IntegrityKey { get; set; }

    /// <summary>The export is reported degraded when the oldest event not yet on the topic is older than this. Default 1 min.</summary>
    [SettingRange(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = $"{SectionName}:{nameof(LagThreshold)} must be from {{1}} to {{2}}.")]
    public TimeSpan LagThreshold { get; set; } = TimeSpan.FromMinutes(1);
}
