namespace AuditLog.Kafka.Witness;

/// <summary>One disagreement between the audit topic and the database, or within the topic.</summary>
/// <param name="Kind">What was found.</param>
/// <param name="EventId">The event, when one is known (none for a gap or an unreadable record).</param>
/// <param name="Writer">The writer whose chain holds it, when known.</param>
/// <param name="Sequence">Its place in that chain, when known.</param>
/// <param name="Description">One sentence naming the event and what differs; never its content.</param>
/// <param name="Violation">For <see cref="TopicFindingKind.TopicViolation"/>, the reader's violation.</param>
internal sealed record TopicFinding(TopicFindingKind Kind, Guid? EventId, Guid? Writer, long? Sequence, string Description, AuditTopicViolation? Violation = null)
{
    public static TopicFinding From(AuditTopicViolation violation) =>
        new(TopicFindingKind.TopicViolation, violation.EventId, violation.Writer, violation.Sequence, violation.Description, violation);
}
