using AuditLog.PostgreSql.Outbox;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AuditLog.Kafka.Health;

/// <summary>
/// The health of the Kafka export: unhealthy while the configured cluster is not registered; degraded while the oldest
/// event not yet on the topic is older than <see cref="KafkaExportOptions.LagThreshold"/>, or the last attempt failed.
/// </summary>
internal sealed class KafkaExportHealthCheck(
    KafkaExportStatus status,
    AuditLogPublisherOptions publisher,
    KafkaExportOptions options,
    AuditOutbox? outbox,
    TimeProvider timeProvider) : IHealthCheck
{
    public const string Name = "auditlog-kafka";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var state = status.Current;
        var data = new Dictionary<string, object>
        {
            ["cluster"] = publisher.Cluster ?? "",
            ["topic"] = publisher.TopicName ?? "",
            ["active"] = state.IsActive,
        };
        if (state.ClusterNotFound)
        {
            return HealthCheckResult.Unhealthy($"Not found. Could not find cluster {publisher.Cluster}: audit events wait and are not exported.", data: data);
        }

        var now = timeProvider.GetUtcNow();
        if (outbox is not null)
        {
            var lag = await outbox.ReadLagAsync(cancellationToken).ConfigureAwait(false);
            data["lag.events"] = lag.Events;
            if (lag.OldestUnpublished is { } oldest)
            {
                var age = now - oldest;
                data["lag.oldest.seconds"] = Math.Round(age.TotalSeconds, 3);
                if (age > options.LagThreshold)
                {
                    return HealthCheckResult.Degraded($"{lag.Events} audit events are not on the topic yet; the oldest is {age.TotalSeconds:0} s old.{LastError(state)}", data: data);
                }
            }
        }

        var failing = state.LastErrorAt is { } failedAt && (state.LastPublishedAt is not { } publishedAt || publishedAt < failedAt);
        return failing
            ? HealthCheckResult.Degraded($"The last attempt to publish audit events failed.{LastError(state)}", data: data)
            : HealthCheckResult.Healthy(data: data);
    }

    private static string LastError(KafkaExportStatus.Snapshot state) => state.LastError is { } error ? $" Last error: {error}" : "";
}
