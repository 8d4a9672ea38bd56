namespace AuditLog.PostgreSql;

/// <summary>What <see cref="IAuditLogger.LogAsync"/> does while PostgreSQL is unavailable.</summary>
public enum PostgreSqlOutagePolicy
{
    /// <summary>Fail within <see cref="AuditLogOptions.WriteTimeout"/>: the caller knows the action was not audited.</summary>
    FailClosed,

    /// <summary>
    /// Complete on acceptance and keep events in the bounded queue (<see cref="AuditLogOptions.QueueCapacity"/>)
    /// until the database returns; the queue-full policy applies when it fills. Events in the queue are
    /// lost if the process dies, so this trades durability for availability.
    /// </summary>
    Buffer,
}
