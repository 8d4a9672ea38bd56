namespace AuditLog;

/// <summary>How serious a reported sink failure is.</summary>
public enum AuditFailureKind
{
    /// <summary>A write failed and will be retried.</summary>
    Temporary,

    /// <summary>A write failed for good: the callers waiting on it were told (sinks that complete on write).</summary>
    Permanent,

    /// <summary>Events accepted before shutdown could not be delivered before the shutdown timeout.</summary>
    Final,
}
