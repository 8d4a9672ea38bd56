namespace AuditLog.Kafka.Health;

/// <summary>What the publisher last saw, shared with the health check: written by one publisher, read by any thread.</summary>
internal sealed class KafkaExportStatus
{
    private volatile Snapshot current = new(ClusterNotFound: false, IsActive: false, LastError: null, LastErrorAt: null, LastPublishedAt: null);

    /// <summary>The state at one instant.</summary>
    public sealed record Snapshot(bool ClusterNotFound, bool IsActive, string? LastError, DateTimeOffset? LastErrorAt, DateTimeOffset? LastPublishedAt);

    public Snapshot Current => current;

    public void ClusterMissing() => current = current with { ClusterNotFound = true };

    public void ClusterFound() => current = current with { ClusterNotFound = false };

    /// <summary>Whether this instance holds the relay lease (the active relay) or, without PostgreSQL, publishes.</summary>
    public void Active(bool active) => current = current with { IsActive = active };

    /// <summary>Records a failure; the message must carry no secret (error codes and reasons from the client, never properties).</summary>
    public void Failed(string message, DateTimeOffset at) => current = current with { LastError = message, LastErrorAt = at };

    public void Published(DateTimeOffset at) => current = current with { LastPublishedAt = at };
}
