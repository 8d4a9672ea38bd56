using Microsoft.Extensions.Hosting;

namespace AuditLog.Kafka.Relay;

/// <summary>Runs the relay for the host's lifetime; does nothing when events are not relayed from PostgreSQL.</summary>
internal sealed class AuditRelayService(AuditRelay? relay) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => relay?.RunAsync(stoppingToken) ?? Task.CompletedTask;
}
