namespace AuditLog.Testing.Tests.PostgreSql;

/// <summary>One server for a whole test class, through the public entry point.</summary>
public sealed class PostgreSqlServerFixture : IAsyncLifetime
{
    public PostgreSqlServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await PostgreSqlServer.StartAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
