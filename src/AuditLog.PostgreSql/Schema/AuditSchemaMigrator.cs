using AuditLog.PostgreSql.Schema;
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
        await using var exists = new NpgsqlCommand("SELECT to_regclass($1) IS NOT NULL", connection);
        exists.Parameters.Add(new NpgsqlParameter { Value = database.Table(EventsTable.SchemaVersion) });
        if (!(bool)(await exists.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!)
        {
            return 0;
        }

        await using var version = new NpgsqlCommand($"SELECT coalesce(max(version), 0) FROM {database.Table(EventsTable.SchemaVersion)}", connection);
        return (int)(await version.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    /// <summary>Applies the migrations the schema lacks.</summary>
    public async Task<AuditMigrationResult> MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.DataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);

        await using (var lockSchema = new NpgsqlCommand("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", connection, transaction))
        {
            lockSchema.Parameters.Add(new NpgsqlParameter { Value = $"auditlog.migrate:{database.Schema.Value}" });
            await lockSchema.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        var versionTable = database.Table(EventsTable.SchemaVersion);
        await using (var create = new NpgsqlCommand(
            $"""
            CREATE SCHEMA IF NOT EXISTS {database.Schema.Quoted};
            CREATE TABLE IF NOT EXISTS {versionTable} (
                version     integer     PRIMARY KEY,
                description text        NOT NULL,
                applied_at  timestamptz NOT NULL DEFAULT now()
            );
            """,
            connection,
            transaction))
        {
            await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        int from;
        await using (var current = new NpgsqlCommand($"SELECT coalesce(max(version), 0) FROM {versionTable}", connection, transaction))
        {
            from = (int)(await current.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
        }

        var to = from;
        foreach (var migration in Migration.All.Where(m => m.Version > from))
        {
            await using (var apply = new NpgsqlCommand(migration.SqlFor(database.Schema), connection, transaction))
            {
                await apply.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await using (var record = new NpgsqlCommand($"INSERT INTO {versionTable} (version, description) VALUES ($1, $2)", connection, transaction))
            {
                record.Parameters.Add(new NpgsqlParameter { Value = migration.Version });
                record.Parameters.Add(new NpgsqlParameter { Value = migration.Description });
                await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

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
        string quotedRole;
        await using (var quote = new NpgsqlCommand("SELECT quote_ident($1)", connection, transaction))
        {
            quote.Parameters.Add(new NpgsqlParameter { Value = role });
            quotedRole = (string)(await quote.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
        }

        var schema = database.Schema.Quoted;
        await using var grant = new NpgsqlCommand(
            $"""
            GRANT USAGE ON SCHEMA {schema} TO {quotedRole};
            REVOKE ALL ON {database.Table(EventsTable.Events)} FROM {quotedRole};
            GRANT SELECT, INSERT ON {database.Table(EventsTable.Events)} TO {quotedRole};
            GRANT SELECT, INSERT, UPDATE ON {database.Table(EventsTable.ChainHeads)} TO {quotedRole};
            GRANT SELECT ON {database.Table(EventsTable.Checkpoints)}, {database.Table(EventsTable.SchemaVersion)} TO {quotedRole};
            """,
            connection,
            transaction);
        await grant.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
