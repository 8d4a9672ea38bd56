namespace AuditLog.Kafka.Witness;

/// <summary>What the database holds at a published event's place in its chain, and its chain's retention checkpoint.</summary>
/// <param name="EventId">The event the database holds there; null when it holds none.</param>
/// <param name="PreviousHash">Its previous hash.</param>
/// <param name="Hash">Its hash.</param>
/// <param name="PayloadDigest">The SHA-256 of its payload as UTF-8, computed by the database.</param>
/// <param name="Checkpoint">The last sequence retention purged from the chain; 0 when none.</param>
internal sealed record StoredEntry(Guid? EventId, byte[]? PreviousHash, byte[]? Hash, byte[]? PayloadDigest, long Checkpoint);
