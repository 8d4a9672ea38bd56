namespace AuditLog.Kafka.Witness;

/// <summary>What <see cref="TopicWitness.CompareAsync"/> compared.</summary>
/// <param name="EventsOnTopic">The events read from the topic (duplicates and unreadable records not counted).</param>
/// <param name="EventsMatched">Those the database holds with the same hashes and payload bytes.</param>
/// <param name="EventsPurged">Those retention purged from the database (at or below their chain's checkpoint): not compared.</param>
/// <param name="Findings">The findings reported.</param>
internal sealed record TopicWitnessResult(long EventsOnTopic, long EventsMatched, long EventsPurged, long Findings)
{
    /// <summary>True when nothing was found: the topic's chains are intact and the database agrees with them.</summary>
    public bool IsIntact => Findings == 0;
}
