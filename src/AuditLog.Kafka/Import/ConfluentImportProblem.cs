namespace AuditLog.Kafka;

/// <summary>A record of the topic that is not a valid Confluent audit CloudEvent: reported, skipped, never stored.</summary>
/// <param name="Partition">Its partition.</param>
/// <param name="Offset">Its offset in the partition.</param>
/// <param name="Reason">The rule it breaks, naming the member, never quoting the record's content.</param>
public sealed record ConfluentImportProblem(int Partition, long Offset, string Reason);
