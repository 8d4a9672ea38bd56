namespace AuditLog.Kafka.Witness;

/// <summary>What a <see cref="TopicFinding"/> of <see cref="TopicWitness"/> found.</summary>
internal enum TopicFindingKind
{
    /// <summary>The topic breaks its own chains (gap, duplicate, altered, unreadable, unverifiable): <see cref="TopicFinding.Violation"/>.</summary>
    TopicViolation,

    /// <summary>The database holds something else at the event's place in its chain than what was published.</summary>
    Changed,

    /// <summary>An event on the topic is not in the database, and retention did not purge it.</summary>
    Removed,

    /// <summary>An event the relay's cursor says was published is in the database but not on the topic.</summary>
    NotOnTopic,
}
