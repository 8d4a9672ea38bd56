using AuditLog.Testing;

namespace AuditLog.Cli.Tests.Support;

/// <summary>One throwaway server per test class; each test asks for a fresh database so tests never see each other's rows.</summary>
public sealed class ServerFixture : IAsyncLifetime
{
    public PostgreSqlServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await PostgreSqlServer.StartAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();

    /// <summary>A connection string to a new, empty database.</summary>
    public Task<string> NewDatabaseAsync() => Server.CreateDatabaseAsync();
}
