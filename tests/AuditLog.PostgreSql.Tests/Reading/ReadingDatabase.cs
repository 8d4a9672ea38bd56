using AuditLog.PostgreSql.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace AuditLog.PostgreSql.Tests.Reading;

/// <summary>A fresh, migrated database with seeded events and the store that reads it, as AddPostgreSql registers it.</summary>
public sealed class ReadingDatabase : IAsyncDisposable
{
    private readonly ServiceProvider provider;

    private ReadingDatabase(string connectionString, ServiceProvider provider)
    {
        ConnectionString = connectionString;
        this.provider = provider;
        Store = provider.GetRequiredService<PostgreSqlAuditStore>();
    }

    public string ConnectionString { get; }

    public PostgreSqlAuditStore Store { get; }

    public static async Task<ReadingDatabase> CreateAsync(PostgreSqlFixture postgres, IEnumerable<AuditEvent>? events = null)
    {
        var connectionString = await postgres.NewDatabaseAsync();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddAuditLog().AddPostgreSql(connectionString);
        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<AuditSchemaMigrator>().MigrateAsync();
        var database = new ReadingDatabase(connectionString, provider);
        if (events is not null)
        {
            await database.SeedAsync(events);
        }

        return database;
    }

    public Task SeedAsync(IEnumerable<AuditEvent> events) => EventSeeder.SeedAsync(ConnectionString, events);

    public Task<T> ScalarAsync<T>(string sql) => Sql.ScalarAsync<T>(ConnectionString, sql);

    public Task ExecuteAsync(string sql) => Sql.ExecuteAsync(ConnectionString, sql, commandTimeout: 0);

    public async Task<List<AuditEvent>> QueryAsync(AuditQuery query)
    {
        var events = new List<AuditEvent>();
        await foreach (var auditEvent in Store.QueryAsync(query))
        {
            events.Add(auditEvent);
        }

        return events;
    }

    public ValueTask DisposeAsync() => provider.DisposeAsync();
}
