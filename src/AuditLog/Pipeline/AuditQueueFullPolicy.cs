namespace AuditLog;

/// <summary>What <see cref="IAuditLogger.LogAsync"/> does when a sink's queue is full.</summary>
public enum AuditQueueFullPolicy
{
    /// <summary>
    /// Wait for room (the default: nothing is dropped). For sinks that complete on write the wait counts
    /// against <see cref="AuditLogOptions.WriteTimeout"/>.
    /// </summary>
    Wait,

    /// <summary>Throw <see cref="AuditQueueFullException"/> so the caller knows the action was not audited.</summary>
    Throw,

    /// <summary>
    /// Drop the event for that sink, counting it in the <c>auditlog.events.dropped</c> metric and logging
    /// its id. Applies to sinks that complete on acceptance; sinks that complete on write wait instead.
    /// </summary>
    Drop,
}
