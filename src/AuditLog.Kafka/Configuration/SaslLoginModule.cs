namespace AuditLog.Kafka.Configuration;

/// <summary>The JAAS login modules librdkafka can stand in for: both only carry a username and a password.</summary>
internal enum SaslLoginModule
{
    /// <summary><c>org.apache.kafka.common.security.plain.PlainLoginModule</c>, for SASL PLAIN.</summary>
    Plain,

    /// <summary><c>org.apache.kafka.common.security.scram.ScramLoginModule</c>, for SCRAM-SHA-256 and SCRAM-SHA-512.</summary>
    Scram,
}
