using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AuditLog.Kafka.Provisioning;

/// <summary>
/// Provisions the audit topic when the host starts, for at most <see cref="Timeout"/>: a broker that does not answer
/// delays the start, it does not block it. Cancelling the start cancels provisioning.
/// </summary>
internal sealed class AuditTopicProvisioningService(AuditTopicProvisioner provisioner, ILogger<AuditTopicProvisioningService> logger, TimeSpan timeout) : IHostedService
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    public TimeSpan Timeout { get; } = timeout;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(Timeout);
        try
        {
            await provisioner.ProvisionAsync(deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            var options = provisioner.Options;
            ProvisioningLog.ProvisioningTimedOut(logger, options.TopicName!, options.Cluster!, Timeout);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
