namespace AuditLog.Kafka;

/// <summary>What is wrong with the audit topic at an <see cref="AuditTopicViolation"/>.</summary>
public enum AuditTopicViolationKind
{
    /// <summary>Sequences of a writer's chain are missing: events were lost or removed from the topic.</summary>
    Gap,

    /// <summary>A writer and sequence seen a second time; that copy is not yielded.</summary>
    Duplicate,

    /// <summary>
    /// The record's hash does not match its payload and link, or its previous hash is not the hash of the event
    /// before it: the record was changed, replaced or forged.
    /// </summary>
    Altered,

    /// <summary>The record is not an audit record (docs/kafka.md, "On the wire"); it is not yielded.</summary>
    Unreadable,

    /// <summary>
    /// The writer's hashes are keyed (<c>hmac-sha256:</c>) and the reader has no integrity key: its events are yielded,
    /// their links checked, their hashes not. Reported once per writer.
    /// </summary>
    Unverifiable,
}
