namespace AuditLog.Kafka;

/// <summary>A place where the audit topic breaks its chains' rules, found while reading.</summary>
public sealed record AuditTopicViolation : AuditTopicItem
{
    /// <summary>A violation found at a record.</summary>
    /// <param name="kind">What is wrong.</param>
    /// <param name="writer">The writer whose chain is broken; null for an unreadable record.</param>
    /// <param name="sequence">The sequence at fault (the first missing one for a gap); null for an unreadable record.</param>
    /// <param name="eventId">The id of the event of the record; null for a gap or an unreadable record.</param>
    /// <param name="partition">The partition of the record (for a gap, the record just after it).</param>
    /// <param name="offset">The offset of that record.</param>
    /// <param name="description">One sentence saying what was found; never the content of the record.</param>
    public AuditTopicViolation(AuditTopicViolationKind kind, Guid? writer, long? sequence, Guid? eventId, int partition, long offset, string description)
        : base(partition, offset)
    {
        Kind = kind;
        Writer = writer;
        Sequence = sequence;
        EventId = eventId;
        Description = description ?? throw new ArgumentNullException(nameof(description));
    }

    /// <summary>What is wrong.</summary>
    public AuditTopicViolationKind Kind { get; }

    /// <summary>The writer whose chain is broken; null for an unreadable record.</summary>
    public Guid? Writer { get; }

    /// <summary>The sequence at fault: the first missing one for a gap; null for an unreadable record.</summary>
    public long? Sequence { get; }

    /// <summary>The id of the event of the record; null for a gap or an unreadable record.</summary>
    public Guid? EventId { get; }

    /// <summary>One sentence saying what was found, naming the writer, sequence, partition and offset.</summary>
    public string Description { get; }
}
