using AuditLog.Testing;

namespace AuditLog.Kafka.Tests.Support;

/// <summary>One throwaway PostgreSQL server for the relay tests; each test takes a new database and a new mock cluster.</summary>
public sealed class RelayFixture : IAsyncLifetime
{
    public PostgreSqlServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await PostgreSqlServer.StartAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();

    public Task<string> NewDatabaseAsync() => Server.CreateDatabaseAsync();
}

/// <summary>The relay tests share the server and run one at a time (they measure and kill processes).</summary>
[CollectionDefinition(Name)]
public sealed class RelayCollection : ICollectionFixture<RelayFixture>
{
    public const string Name = "Relay";
}
