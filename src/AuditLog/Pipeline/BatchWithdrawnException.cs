namespace AuditLog.Pipeline;

/// <summary>A caller withdrew an event of the batch before its commit: the sink rolls back, nothing was stored.</summary>
internal sealed class BatchWithdrawnException() : Exception("An event of the batch was withdrawn by its caller before the commit.");
