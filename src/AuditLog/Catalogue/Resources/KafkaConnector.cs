namespace AuditLog.Resources;

/// <summary>A connector of a Kafka Connect cluster, for exportable events.</summary>
/// <param name="Cluster">The Kafka cluster id.</param>
/// <param name="ConnectCluster">The Kafka Connect cluster id.</param>
/// <param name="Name">The connector name.</param>
public sealed record KafkaConnector(string Cluster, string ConnectCluster, string Name) : IResourceAddress
{
    /// <summary>The <c>Connector</c> resource type: <c>//kafka/kafkacluster/&lt;cluster&gt;/kafkaconnect/&lt;connectCluster&gt;/connector/&lt;name&gt;</c>.</summary>
    public static AuditResourceType ResourceType { get; } = new("Connector", AuditEventFamily.Exportable, "//kafka/kafkacluster/<cluster>/kafkaconnect/<connectCluster>/connector/<name>");

    /// <inheritdoc />
    public IReadOnlyList<string?> AddressParts => [Cluster, ConnectCluster, Name];
}
