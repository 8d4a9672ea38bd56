namespace AuditLog.Kafka.Wire;

/// <summary>A record taken apart: the stored payload, the partition key (UTF-8) and the chain link.</summary>
internal readonly record struct SplitRecord(byte[] Payload, byte[] PartitionKey, AuditChainLink Link);
