using Confluent.Kafka;
using Microsoft.Extensions.Logging;

namespace AuditLog.Kafka.Provisioning;

/// <summary>Topic provisioning's log messages (source-generated). They name clusters and topics, never client properties.</summary>
internal static partial class ProvisioningLog
{
    // Conduktor's own wording, so that operators' alerts on it keep working.
    [LoggerMessage(4001, LogLevel.Error, "Failed to publish audit log event: Not found. Could not find cluster {ClusterId}")]
    public static partial void ClusterNotFound(ILogger logger, string clusterId);

    [LoggerMessage(4002, LogLevel.Information, "Audit topic {Topic} exists on Kafka cluster {ClusterId}.")]
    public static partial void TopicExists(ILogger logger, string topic, string clusterId);

    [LoggerMessage(4003, LogLevel.Information, "Created audit topic {Topic} on Kafka cluster {ClusterId} with {Partitions} partitions and replication factor {ReplicationFactor}.")]
    public static partial void TopicCreated(ILogger logger, string topic, string clusterId, int partitions, short replicationFactor);

    [LoggerMessage(4004, LogLevel.Information, "Audit topic {Topic} on Kafka cluster {ClusterId} was created by another client meanwhile.")]
    public static partial void TopicCreatedMeanwhile(ILogger logger, string topic, string clusterId);

    [LoggerMessage(4005, LogLevel.Warning, "Audit topic {Topic} could not be created on Kafka cluster {ClusterId} ({ErrorCode}): the broker has no admin API, or the client is not authorised. The audit log publisher needs the Create and Describe ACLs on topic {Topic}.")]
    public static partial void CreationRefused(ILogger logger, string topic, string clusterId, ErrorCode errorCode);

    [LoggerMessage(4006, LogLevel.Error, "Audit topic {Topic} does not exist on Kafka cluster {ClusterId}, or cannot be described (grant the Describe ACL on it), and could not be created. Audit events are not exported until it exists; a broker with auto.create.topics.enable creates it on the first publish.")]
    public static partial void TopicMissing(ILogger logger, string topic, string clusterId);

    [LoggerMessage(4007, LogLevel.Error, "Audit topic {Topic} on Kafka cluster {ClusterId} could not be provisioned ({ErrorCode}); the host starts anyway.")]
    public static partial void ProvisioningFailed(ILogger logger, Exception exception, string topic, string clusterId, ErrorCode errorCode);

    [LoggerMessage(4008, LogLevel.Warning, "Provisioning audit topic {Topic} on Kafka cluster {ClusterId} took longer than {Timeout}; the host starts anyway.")]
    public static partial void ProvisioningTimedOut(ILogger logger, string topic, string clusterId, TimeSpan timeout);
}
