using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AuditLog.PostgreSql.Retention;

/// <summary>
/// Purges events older than <see cref="PostgreSqlAuditOptions.RetentionPeriod"/> once the host has started,
/// then every <see cref="PostgreSqlAuditOptions.RetentionInterval"/>; does nothing when no period is set.
/// A failed purge is logged and tried again at the next interval.
/// </summary>
internal sealed class AuditRetentionService(
    Lazy<AuditRetention> retention,
    PostgreSqlAuditOptions settings,
    TimeProvider timeProvider,
    ILogger<AuditRetentionService> logger,
    IHostApplicationLifetime? lifetime) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (settings.RetentionPeriod is not { } period)
        {
            return;
        }

        // Migrations and the sink start first; a purge before them would fail on a missing table.
        await StartedAsync(stoppingToken).ConfigureAwait(false);
        using var timer = new PeriodicTimer(settings.RetentionInterval, timeProvider);
        do
        {
            try
            {
                await retention.Value.PurgeAsync(period, stoppingToken).ConfigureAwait(false);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                RetentionLog.PurgeFailed(logger, e, settings.RetentionInterval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    private async Task StartedAsync(CancellationToken stoppingToken)
    {
        if (lifetime is null || lifetime.ApplicationStarted.IsCancellationRequested)
        {
            return;
        }

        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()).ConfigureAwait(false))
        {
            await started.Task.WaitAsync(stoppingToken).ConfigureAwait(false);
        }
    }
}
