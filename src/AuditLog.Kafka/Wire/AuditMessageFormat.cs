namespace AuditLog.Kafka;

/// <summary>
/// The content mode of the CloudEvents Kafka protocol binding in which audit records are written
/// (docs/kafka.md). Readers detect the mode of each record, so a topic may hold both.
/// </summary>
public enum AuditMessageFormat
{
    /// <summary>
    /// The record value is the whole CloudEvent as JSON (<c>application/cloudevents+json</c>), with the chain
    /// attributes as its last members. The default.
    /// </summary>
    Structured,

    /// <summary>
    /// The record value is the event's <c>data</c>, byte for byte; the attributes and the chain attributes travel
    /// as <c>ce_</c> headers.
    /// </summary>
    Binary,
}
