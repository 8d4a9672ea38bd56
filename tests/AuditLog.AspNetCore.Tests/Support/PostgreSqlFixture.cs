using AuditLog.Testing;

namespace AuditLog.AspNetCore.Tests.Support;

/// <summary>Starts the throwaway server once; each test class asks for a fresh database.</summary>
public sealed class PostgreSqlFixture : IAsyncLifetime
{
    public PostgreSqlServer Server { get; private set; } = null!;

    /// <summary>The sample log behind the API, shared by the tests that only read.</summary>
    public SharedApp Sample { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await PostgreSqlServer.StartAsync();
        Sample = new SharedApp(this);
    }

    public async Task DisposeAsync()
    {
        await Sample.DisposeAsync();
        await Server.DisposeAsync();
    }

    public Task<string> NewDatabaseAsync() => Server.CreateDatabaseAsync();
}

/// <summary>One throwaway PostgreSQL server for every test class that joins this collection.</summary>
[CollectionDefinition(Name)]
public sealed class PostgreSqlCollection : ICollectionFixture<PostgreSqlFixture>
{
    public const string Name = "PostgreSQL";
}
