namespace AuditLog.Kafka.Witness;

/// <summary>
/// What the comparison keeps of an event read from the topic while its batch waits for the database: its link, the
/// SHA-256 of its payload (not the payload) and where it was read.
/// </summary>
internal readonly record struct PublishedEntry(Guid EventId, Guid Writer, long Sequence, byte[] Hash, byte[] PreviousHash, byte[] PayloadDigest, int Partition, long Offset);
