namespace AuditLog.Resources;

/// <summary>An alert on a Kafka cluster, for exportable events.</summary>
/// <param name="Cluster">The cluster id.</param>
/// <param name="Name">The alert name.</param>
public sealed record KafkaAlert(string Cluster, string Name) : IResourceAddress
{
    /// <summary>The <c>Alert</c> resource type: <c>//kafka/kafkacluster/&lt;cluster&gt;/alert/&lt;name&gt;</c>.</summary>
    public static AuditResourceType ResourceType { get; } = new("Alert", AuditEventFamily.Exportable, "//kafka/kafkacluster/<cluster>/alert/<name>");

    /// <inheritdoc />
    public IReadOnlyList<string?> AddressParts => [Cluster, Name];
}
