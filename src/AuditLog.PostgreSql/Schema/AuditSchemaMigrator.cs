using AuditLog.PostgreSql.Schema;
using Dapper;
using Npgsql;

namespace AuditLog.PostgreSql;

/// <summary>
/// Creates or upgrades the audit schema: versioned migrations recorded in a <c>schema_version</c> table,
/// applied in one transaction under an advisory lock, so concurrent callers (several hosts starting at
/// once, the CLI) are safe and running it again changes nothing.
/// </summary>
public sealed class AuditSchemaMigrator
{
    private readonly AuditDatabase database;

    internal AuditSchemaMigrator(AuditDatabase database) => this.database = database;

    /// <summary>The version the shipped migrations lead to.</summary>
    public static int LatestVersion => Migration.All[^1].Version;

    /// <summary>The schema's current version; 0 when it has not been created.</summary>
    public async Task<int> GetVersionAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.DataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var versionTable = database.Table(EventsTable.SchemaVersion);
        var exists = await connection.ExecuteScalarAsync<bool>(
            new CommandDefinition("SELECT to_regclass(@versionTable) IS NOT NULL", new { versionTable }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return exists ? await CurrentVersionAsync(connection, null, cancellationToken).ConfigureAwait(false) : 0;
    }

    /// <summary>Applies the migrations the schema lacks.</summary>
    public async Task<AuditMigrationResult> MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.DataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);

        await connection.ExecuteAsync(new CommandDefinition(
            "SELECT pg_advisory_xact_lock(hashtextextended(@key, 0))",
            new { key = $"auditlog.migrate:{database.Schema.Value}" },
            transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false);

        var versionTable = database.Table(EventsTable.SchemaVersion);
        await connection.ExecuteAsync(new CommandDefinition(
            $"""
            CREATE SCHEMA IF NOT EXISTS {database.Schema.Quoted};
            CREATE TABLE IF NOT EXISTS {versionTable} (
                version     integer     PRIMARY KEY,
                description text        NOT NULL,
                applied_at  timestamptz NOT NULL DEFAULT now()
            );
            """,
            transaction: transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false);

        var from = await CurrentVersionAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        var to = from;
        foreach (var migration in Migration.All.Where(m => m.Version > from))
        {
            await connection.ExecuteAsync(new CommandDefinition(migration.SqlFor(database.Schema), transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            await connection.ExecuteAsync(new CommandDefinition(
                $"INSERT INTO {versionTable} (version, description) VALUES (@Version, @Description)",
                new { migration.Version, migration.Description },
                transaction,
                cancellationToken: cancellationToken)).ConfigureAwait(false);
            to = migration.Version;
        }

        if (database.Options.WriterRole is { } role)
        {
            await GrantWriterAsync(connection, transaction, role, cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new AuditMigrationResult(from, to);
    }

    // Identifiers cannot be parameters: the role is quoted by the server (quote_ident) before it is placed in the statements.
    private async Task GrantWriterAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string role, CancellationToken cancellationToken)
    {
        var quotedRole = await connection.ExecuteScalarAsync<string>(
            new CommandDefinition("SELECT quote_ident(@role)", new { role }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);

        var schema = database.Schema.Quoted;
        await connection.ExecuteAsync(new CommandDefinition(
            $"""
            GRANT USAGE ON SCHEMA {schema} TO {quotedRole};
            REVOKE ALL ON {database.Table(EventsTable.Events)} FROM {quotedRole};
            GRANT SELECT, INSERT ON {database.Table(EventsTable.Events)} TO {quotedRole};
            GRANT SELECT, INSERT, UPDATE ON {database.Table(EventsTable.ChainHeads)} TO {quotedRole};
            GRANT SELECT ON {database.Table(EventsTable.Checkpoints)}, {database.Table(EventsTable.SchemaVersion)} TO {quotedRole};
            GRANT SELECT, INSERT, UPDATE ON {database.Table(EventsTable.RelayCursors)} TO {quotedRole};
            GRANT SELECT, INSERT, UPDATE ON {database.Table(EventsTable.ImportPositions)} TO {quotedRole};
            """,
            transaction: transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    private Task<int> CurrentVersionAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, CancellationToken cancellationToken) =>
        connection.ExecuteScalarAsync<int>(new CommandDefinition(
            $"SELECT coalesce(max(version), 0) FROM {database.Table(EventsTable.SchemaVersion)}",
            transaction: transaction,
            cancellationToken: cancellationToken));
}
