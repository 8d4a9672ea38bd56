using AuditLog.Configuration;

namespace AuditLog;

/// <summary>
/// Where audit events are to be exported as CloudEvents: Conduktor's <c>CDK_AUDITLOGPUBLISHER_*</c> variables,
/// or the <c>AuditLog:Publisher</c> configuration section. Bound and validated at start-up; with the AuditLog.Kafka
/// package (<c>AddKafka()</c>) the topic is created at start-up when missing and every audit event is published to it.
/// </summary>
public sealed class AuditLogPublisherOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionName = "AuditLog:Publisher";

    /// <summary>The id of a registered Kafka cluster (<c>CDK_AUDITLOGPUBLISHER_CLUSTER</c>); mandatory for export.</summary>
    public string? Cluster { get; set; }

    /// <summary>The audit topic (<c>CDK_AUDITLOGPUBLISHER_TOPICNAME</c>), e.g. <c>_conduktor_console_audit_log</c>; mandatory for export.</summary>
    [LegalTopicName(ErrorMessage = $"{CdkVariables.PublisherTopicName} (or {SectionName}:{nameof(TopicName)}) must be a legal Kafka topic name: it {{1}}.")]
    public string? TopicName { get; set; }

    /// <summary>Partitions of the topic when it is created (<c>CDK_AUDITLOGPUBLISHER_TOPICCONFIG_PARTITION</c>). Default 1.</summary>
    [SettingRange(1, int.MaxValue, ErrorMessage = $"{CdkVariables.PublisherPartitions} (or {SectionName}:{nameof(Partitions)}) must be at least 1.")]
    public int Partitions { get; set; } = 1;

    /// <summary>Replication factor of the topic when it is created (<c>CDK_AUDITLOGPUBLISHER_TOPICCONFIG_REPLICATIONFACTOR</c>). Default 1.</summary>
    [SettingRange(1, short.MaxValue, ErrorMessage = $"{CdkVariables.PublisherReplicationFactor} (or {SectionName}:{nameof(ReplicationFactor)}) must be at least 1.")]
    public short ReplicationFactor { get; set; } = 1;

    /// <summary>True when both <see cref="Cluster"/> and <see cref="TopicName"/> are set.</summary>
    public bool IsEnabled => !string.IsNullOrWhiteSpace(Cluster) && !string.IsNullOrWhiteSpace(TopicName);

    internal List<string> BindingErrors { get; } = [];
}
