namespace AuditLog.Kafka;

/// <summary>
/// What <see cref="AuditTopicReader.ReadAsync"/> yields: an <see cref="AuditTopicEvent"/>, or an
/// <see cref="AuditTopicViolation"/> where the reader found the topic's chains broken. One stream, so a violation
/// appears where it was found, also while following, and cannot be overlooked by a caller that switches on the item.
/// </summary>
public abstract record AuditTopicItem
{
    private protected AuditTopicItem(int partition, long offset)
    {
        Partition = partition;
        Offset = offset;
    }

    /// <summary>The partition of the record the item is about.</summary>
    public int Partition { get; }

    /// <summary>The offset of the record the item is about in its partition.</summary>
    public long Offset { get; }
}
