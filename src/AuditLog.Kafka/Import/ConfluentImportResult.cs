namespace AuditLog.Kafka;

/// <summary>What one <see cref="ConfluentAuditImporter.ImportAsync"/> did with the records it read.</summary>
/// <param name="Read">Records read from the topic.</param>
/// <param name="Imported">Events stored by this import.</param>
/// <param name="AlreadyPresent">Events already stored (by an earlier import, or a copy read earlier in this one).</param>
/// <param name="Filtered">Events left out by <see cref="ConfluentImportOptions.Categories"/> or <see cref="ConfluentImportOptions.ExcludedPrincipals"/>.</param>
/// <param name="Invalid">Records that are not valid Confluent audit CloudEvents, skipped, in the order read.</param>
public sealed record ConfluentImportResult(long Read, long Imported, long AlreadyPresent, long Filtered, IReadOnlyList<ConfluentImportProblem> Invalid)
{
    /// <summary>Records skipped as invalid: the count of <see cref="Invalid"/>.</summary>
    public long Skipped => Invalid.Count;
}
