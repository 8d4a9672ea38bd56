using AuditLog.Configuration;
using AuditLog.PostgreSql.Schema;

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
    [ValidSchemaName(ErrorMessage = $"{SectionName}:{nameof(Schema)} {{1}}.")]
    public string Schema { get; set; } = "auditlog";

    /// <summary>Whether the schema is created or upgraded when the host starts. Default true.</summary>
    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>What happens while the database is unavailable. Default <see cref="PostgreSqlOutagePolicy.FailClosed"/>.</summary>
    [DefinedEnum(typeof(PostgreSqlOutagePolicy), ErrorMessage = $"{SectionName}:{nameof(OutagePolicy)} must be one of {{1}}.")]
    public PostgreSqlOutagePolicy OutagePolicy { get; set; } = PostgreSqlOutagePolicy.FailClosed;

    /// <summary>
    /// How many writers commit batches at once, each with its own id and hash chain (so each chain stays gap-free
    /// and commits in order), so that round trips and WAL flushes overlap. Each writer holds a pooled connection
    /// while it writes. Default 1, one chain per process: on the measured 2-core machine, with the database on it,
    /// 2 or 4 writers did not raise throughput (docs/benchmarks.md); try more where the database is remote or has
    /// cores to spare, and measure with <c>./build.sh bench --writers 1,2,4</c>.
    /// </summary>
    [SettingRange(1, 64, ErrorMessage = $"{SectionName}:{nameof(Writers)} must be from {{1}} to {{2}}.")]
    public int Writers { get; set; } = 1;

    /// <summary>
    /// A database role the application writes as. When set, migrations grant it only what writing and
    /// reading need (SELECT and INSERT on the events, its chain head) and never UPDATE, DELETE or TRUNCATE
    /// on the events: with the append-only trigger, the database refuses changes even from the application's own account.
    /// </summary>
    public string? WriterRole { get; set; }

    /// <summary>
    /// A secret key for the integrity chain (HMAC-SHA-256). Without it the chain uses plain SHA-256,
    /// which detects tampering by anyone who cannot recompute hashes; with it, also by those who can
    /// write to the database but do not know the key. Never logged.
    /// </summary>
    [NotEmptyWhenSet(ErrorMessage = $"{SectionName}:{nameof(IntegrityKey)} must not be empty when set.")]
    public string? IntegrityKey { get; set; }

    /// <summary>
    /// How long events are kept: when set, a background service purges older ones every
    /// <see cref="RetentionInterval"/> (see <see cref="AuditRetention"/>). Default null: events are kept forever.
    /// </summary>
    [SettingRange(typeof(TimeSpan), "00:00:00.0000001", "10675199.02:48:05.4775807", ErrorMessage = $"{SectionName}:{nameof(RetentionPeriod)} must be greater than zero when set (leave it unset to keep events forever).")]
    public TimeSpan? RetentionPeriod { get; set; }

    /// <summary>How often the retention purge runs when <see cref="RetentionPeriod"/> is set. Default 1 hour; at most 49 days.</summary>
    // 49 days: PeriodicTimer's limit (2^32 - 2 ms), rounded down to whole days.
    [SettingRange(typeof(TimeSpan), "00:00:00.0000001", "49.00:00:00", ErrorMessage = $"{SectionName}:{nameof(RetentionInterval)} must be greater than zero and at most 49 days.")]
    public TimeSpan RetentionInterval { get; set; } = TimeSpan.FromHours(1);
}
