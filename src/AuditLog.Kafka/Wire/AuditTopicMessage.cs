namespace AuditLog.Kafka.Wire;

/// <summary>
/// One record of the audit topic, read: the stored payload it stands for (the bytes the chain hash covers), its
/// chain link and the audit event.
/// </summary>
internal sealed record AuditTopicMessage(byte[] Payload, AuditChainLink Link, AuditEvent Event);
