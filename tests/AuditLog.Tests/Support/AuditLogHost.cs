using AuditLog;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AuditLog.Tests.Support;

/// <summary>A started host with the audit log and the given sinks, stopped on dispose.</summary>
public sealed class AuditLogHost : IAsyncDisposable
{
    private AuditLogHost(IHost host) => Host = host;

    public IHost Host { get; }

    public IAuditLogger Logger => Host.Services.GetRequiredService<IAuditLogger>();

    public static async Task<AuditLogHost> StartAsync(Action<AuditLogOptions>? configure, Action<IServiceCollection>? services, params IAuditSink[] sinks)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        var audit = builder.Services.AddAuditLog(options =>
        {
            options.RetryInitialDelay = TimeSpan.FromMilliseconds(1);
            options.RetryMaxDelay = TimeSpan.FromMilliseconds(20);
            options.ShutdownTimeout = TimeSpan.FromSeconds(5);
            configure?.Invoke(options);
        });
        foreach (var sink in sinks)
        {
            audit.AddSink(sink);
        }

        services?.Invoke(builder.Services);
        var host = builder.Build();
        await host.StartAsync();
        return new AuditLogHost(host);
    }

    public Task StopAsync() => Host.StopAsync();

    public async ValueTask DisposeAsync()
    {
        await Host.StopAsync();
        Host.Dispose();
    }
}
