namespace AuditLog.Kafka.Publishing;

/// <summary>Some records of a batch were not acknowledged by the broker; the publisher sends them again.</summary>
internal sealed class KafkaPublishException(string message, Exception? innerException) : Exception(message, innerException);
