namespace AuditLog.PostgreSql;

/// <summary>How the PostgreSQL sink and store connect, where their tables live and how writes behave.</summary>
public sealed class PostgreSqlAuditOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionName = "AuditLog:PostgreSql";

    /// <summary>
    /// An Npgsql connection string. When null, a registered <c>NpgsqlDataSource</c> is used, else the
    /// <c>CDK_DATABASE_*</c> variables (<see cref="AuditDatabaseOptions"/>). Never logged.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>The schema holding the audit tables. Default <c>auditlog</c>; a plain lower-case identifier.</summary>
    public string Schema { get; set; } = "auditlog";

    /// <summary>Whether the schema is created or upgraded when the host starts. Default true.</summary>
    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>What happens while the database is unavailable. Default <see cref="PostgreSqlOutagePolicy.FailClosed"/>.</summary>
    public PostgreSqlOutagePolicy OutagePolicy { get; set; } = PostgreSqlOutagePolicy.FailClosed;

    /// <summary>
    /// A secret key for the integrity chain (HMAC-SHA-256). Without it the chain uses plain SHA-256,
    /// which detects tampering by anyone who cannot recompute hashes; with it, also by those who can
    /// write to the database but do not know the key. Never logged.
    /// </summary>
    public string? IntegrityKey { get; set; }

    /// <summary>
    /// How long events are kept: when set, a background service purges older ones every
    /// <see cref="RetentionInterval"/> (see <see cref="AuditRetention"/>). Default null: events are kept forever.
    /// </summary>
    public TimeSpan? RetentionPeriod { get; set; }

    /// <summary>How often the retention purge runs when <see cref="RetentionPeriod"/> is set. Default 1 hour.</summary>
    public TimeSpan RetentionInterval { get; set; } = TimeSpan.FromHours(1);
}
