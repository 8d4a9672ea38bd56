using Microsoft.Extensions.Hosting;

namespace AuditLog.Pipeline;

/// <summary>Starts the sink writers with the host and drains them when it stops.</summary>
internal sealed class AuditLogHostedService(AuditDispatcher dispatcher) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        dispatcher.Start();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => dispatcher.StopAsync(cancellationToken);
}
