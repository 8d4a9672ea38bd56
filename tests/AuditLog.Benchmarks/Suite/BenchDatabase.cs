using AuditLog.PostgreSql.Schema;
using AuditLog.PostgreSql.Writing;
using AuditLog.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NpgsqlTypes;

namespace AuditLog.Benchmarks.Suite;

/// <summary>Fresh databases on the suite's durable server: migrated by the library, or a bare table of the same columns.</summary>
internal static class BenchDatabase
{
    public static async Task<string> MigratedAsync(PostgreSqlServer server)
    {
        var connectionString = await server.CreateDatabaseAsync();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddAuditLog().AddPostgreSql(connectionString);
        await using var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<PostgreSql.AuditSchemaMigrator>().MigrateAsync();
        return connectionString;
    }

    /// <summary>The library's schema without the full-text search vector (and so its GIN index): what the vector costs at insert.</summary>
    public static async Task<string> WithoutSearchVectorAsync(PostgreSqlServer server)
    {
        var connectionString = await MigratedAsync(server);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"ALTER TABLE auditlog.events DROP COLUMN {EventsTable.Search}", connection);
        await drop.ExecuteNonQueryAsync();
        return connectionString;
    }

    /// <summary>A table <c>bare</c> with the columns the sink writes and only a primary key: what PostgreSQL can ingest at best.</summary>
    public static async Task<string> BareAsync(PostgreSqlServer server)
    {
        var connectionString = await server.CreateDatabaseAsync();
        var columns = string.Join(", ", EventColumns.All.Select(c => $"{c.Name} {SqlType(c.Type)} NOT NULL"));
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE TABLE bare ({columns}, PRIMARY KEY ({EventsTable.Id}))", connection);
        await create.ExecuteNonQueryAsync();
        return connectionString;
    }

    /// <summary>Binary COPY of <paramref name="rows"/> into <paramref name="table"/>, one transaction per <paramref name="perTransaction"/> rows.</summary>
    public static async Task CopyAsync(NpgsqlConnection connection, string table, IReadOnlyList<ChainedRow> rows, int perTransaction)
    {
        for (var start = 0; start < rows.Count; start += perTransaction)
        {
            await using var transaction = await connection.BeginTransactionAsync();
            await using (var importer = await connection.BeginBinaryImportAsync($"COPY {table} ({EventColumns.Names}) FROM STDIN (FORMAT BINARY)"))
            {
                var target = new CopyTarget(importer);
                for (var i = start; i < Math.Min(rows.Count, start + perTransaction); i++)
                {
                    await importer.StartRowAsync();
                    await EventColumns.WriteAsync(rows[i], target, CancellationToken.None);
                }

                await importer.CompleteAsync();
            }

            await transaction.CommitAsync();
        }
    }

    private static string SqlType(NpgsqlDbType type) => type switch
    {
        NpgsqlDbType.Uuid => "uuid",
        NpgsqlDbType.TimestampTz => "timestamptz",
        NpgsqlDbType.Text => "text",
        NpgsqlDbType.Bigint => "bigint",
        NpgsqlDbType.Bytea => "bytea",
        _ => throw new NotSupportedException(type.ToString()),
    };
}
