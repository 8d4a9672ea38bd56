using AuditLog.PostgreSql;
using AuditLog.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AuditLog.Benchmarks;

/// <summary>A throwaway PostgreSQL server and a started host with AddAuditLog().AddPostgreSql(), for one benchmark class.</summary>
internal sealed class PostgreSqlServerFixture : IAsyncDisposable
{
    private PostgreSqlServer server = null!;

    public IHost Host { get; private set; } = null!;

    public static async Task<PostgreSqlServerFixture> StartAsync()
    {
        var fixture = new PostgreSqlServerFixture { server = await PostgreSqlServer.StartAsync() };
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddAuditLog(o => o.WriteTimeout = TimeSpan.FromMinutes(1)).AddPostgreSql(fixture.server.ConnectionString);
        fixture.Host = builder.Build();
        await fixture.Host.StartAsync();
        await fixture.Host.Services.GetRequiredService<AuditSchemaMigrator>().MigrateAsync();
        return fixture;
    }

    public async ValueTask DisposeAsync()
    {
        await Host.StopAsync();
        Host.Dispose();
        await server.DisposeAsync();
    }
}
