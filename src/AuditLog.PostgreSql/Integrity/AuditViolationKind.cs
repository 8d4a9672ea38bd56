namespace AuditLog.PostgreSql;

/// <summary>What was done to an integrity chain, as far as the stored rows tell.</summary>
public enum AuditViolationKind
{
    /// <summary>An event's content, or a column of its row, no longer matches the hash its writer recorded.</summary>
    Changed,

    /// <summary>Events are missing from a chain: a gap in the sequence, or a chain ending before its head.</summary>
    Removed,

    /// <summary>An event that no writer chained: beyond its chain's head, under a writer with no head, or linked to nothing.</summary>
    Inserted,

    /// <summary>Genuine events stored at each other's places in a chain.</summary>
    Reordered,
}
