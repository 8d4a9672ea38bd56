using AuditLog.PostgreSql;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AuditLog.PostgreSql.Tests.Support;

/// <summary>A started host with AddAuditLog().AddPostgreSql(connectionString), stopped on dispose.</summary>
public sealed class AuditLogServices : IAsyncDisposable
{
    private AuditLogServices(IHost host) => Host = host;

    public IHost Host { get; }

    public IServiceProvider Services => Host.Services;

    public IAuditLogger Logger => Services.GetRequiredService<IAuditLogger>();

    public static async Task<AuditLogServices> StartAsync(
        string connectionString,
        Action<PostgreSqlAuditOptions>? configure = null,
        Action<AuditLogOptions>? pipeline = null,
        Action<IServiceCollection>? services = null)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddAuditLog(o =>
        {
            o.RetryInitialDelay = TimeSpan.FromMilliseconds(10);
            o.RetryMaxDelay = TimeSpan.FromMilliseconds(200);
            pipeline?.Invoke(o);
        }).AddPostgreSql(connectionString, configure);
        services?.Invoke(builder.Services);
        var host = builder.Build();
        await host.StartAsync();
        return new AuditLogServices(host);
    }

    public async ValueTask DisposeAsync()
    {
        await Host.StopAsync();
        Host.Dispose();
    }
}
