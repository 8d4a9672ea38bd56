using AuditLog.PostgreSql.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace AuditLog.PostgreSql.Tests.Integrity;

/// <summary>AddAuditLog().AddPostgreSql() over a fresh, migrated database: its verifier and retention.</summary>
public sealed class AuditStore : IAsyncDisposable
{
    private readonly ServiceProvider provider;

    private AuditStore(string connectionString, ServiceProvider provider)
    {
        ConnectionString = connectionString;
        this.provider = provider;
    }

    public string ConnectionString { get; }

    public AuditIntegrityVerifier Verifier => provider.GetRequiredService<AuditIntegrityVerifier>();

    public AuditRetention Retention => provider.GetRequiredService<AuditRetention>();

    public static async Task<AuditStore> CreateAsync(PostgreSqlFixture postgres, string? integrityKey = null, TimeProvider? timeProvider = null)
    {
        var store = Open(await postgres.NewDatabaseAsync(), integrityKey, timeProvider);
        await store.provider.GetRequiredService<AuditSchemaMigrator>().MigrateAsync();
        return store;
    }

    /// <summary>Another store over the same database, e.g. verifying with another key.</summary>
    public AuditStore Reopen(string? integrityKey = null, TimeProvider? timeProvider = null) => Open(ConnectionString, integrityKey, timeProvider);

    public ValueTask DisposeAsync() => provider.DisposeAsync();

    private static AuditStore Open(string connectionString, string? integrityKey, TimeProvider? timeProvider)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        if (timeProvider is not null)
        {
            services.AddSingleton(timeProvider);
        }

        services.AddAuditLog().AddPostgreSql(connectionString, o => o.IntegrityKey = integrityKey);
        return new AuditStore(connectionString, services.BuildServiceProvider());
    }
}
