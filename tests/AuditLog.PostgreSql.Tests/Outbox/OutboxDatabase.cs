using AuditLog.PostgreSql.Tests.Support;
using Npgsql;

namespace AuditLog.PostgreSql.Tests.Outbox;

/// <summary>A fresh database migrated to the latest version, and the <see cref="AuditDatabase"/> the outbox and lease take.</summary>
public sealed class OutboxDatabase : IAsyncDisposable
{
    private OutboxDatabase(string connectionString, AuditDatabase database)
    {
        ConnectionString = connectionString;
        Database = database;
    }

    public string ConnectionString { get; }

    internal AuditDatabase Database { get; }

    public static async Task<OutboxDatabase> CreateAsync(PostgreSqlFixture postgres, string schema = "auditlog")
    {
        var connectionString = await postgres.NewDatabaseAsync();
        var database = Open(connectionString, schema);
        await new AuditSchemaMigrator(database).MigrateAsync();
        return new OutboxDatabase(connectionString, database);
    }

    internal static AuditDatabase Open(string connectionString, string schema = "auditlog") =>
        new(NpgsqlDataSource.Create(connectionString), new PostgreSqlAuditOptions { ConnectionString = connectionString, Schema = schema }, ownsDataSource: true);

    public ValueTask DisposeAsync() => Database.DisposeAsync();
}
