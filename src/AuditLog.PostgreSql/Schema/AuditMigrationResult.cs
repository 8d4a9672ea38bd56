namespace AuditLog.PostgreSql;

/// <summary>What a migration did.</summary>
/// <param name="FromVersion">The schema version before (0: no schema).</param>
/// <param name="ToVersion">The schema version after.</param>
public sealed record AuditMigrationResult(int FromVersion, int ToVersion)
{
    /// <summary>True when at least one migration was applied.</summary>
    public bool Changed => ToVersion != FromVersion;
}
