using Microsoft.Extensions.Hosting;

namespace AuditLog.Benchmarks.Suite;

/// <summary>A started host, stopped and disposed together.</summary>
internal sealed class BenchHost(IHost host) : IAsyncDisposable
{
    public IServiceProvider Services => host.Services;

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
    }
}
