namespace AuditLog.Kafka;

/// <summary>One audit event read from the topic, with its place in its writer's chain and on the topic.</summary>
public sealed record AuditTopicEvent : AuditTopicItem
{
    /// <summary>An event read from a record of the topic.</summary>
    /// <param name="auditEvent">The event.</param>
    /// <param name="link">Its link in its writer's chain.</param>
    /// <param name="payload">The stored CloudEvent JSON the record stands for: the bytes the chain hash covers.</param>
    /// <param name="partition">The partition of the record.</param>
    /// <param name="offset">The offset of the record.</param>
    public AuditTopicEvent(AuditEvent auditEvent, AuditChainLink link, ReadOnlyMemory<byte> payload, int partition, long offset)
        : base(partition, offset)
    {
        Event = auditEvent ?? throw new ArgumentNullException(nameof(auditEvent));
        Link = link ?? throw new ArgumentNullException(nameof(link));
        Payload = payload;
    }

    /// <summary>The audit event.</summary>
    public AuditEvent Event { get; }

    /// <summary>Its link in its writer's integrity chain.</summary>
    public AuditChainLink Link { get; }

    /// <summary>
    /// The event as the stored CloudEvent JSON (UTF-8, compact, one line): the bytes the chain hash covers, and those
    /// the PostgreSQL export writes for it.
    /// </summary>
    public ReadOnlyMemory<byte> Payload { get; }
}
