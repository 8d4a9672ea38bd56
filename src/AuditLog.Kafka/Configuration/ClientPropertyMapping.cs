namespace AuditLog.Kafka.Configuration;

/// <summary>The librdkafka settings a cluster's Java client properties map to, and the properties that cannot be mapped.</summary>
internal sealed class ClientPropertyMapping
{
    public Dictionary<string, string> Settings { get; } = new(StringComparer.Ordinal);

    public List<ClientPropertyError> Errors { get; } = [];

    public bool IsValid => Errors.Count == 0;
}
