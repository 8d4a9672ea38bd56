namespace AuditLog.Resources;

/// <summary>A Kafka Connect cluster registered in the console, for exportable events.</summary>
/// <param name="Cluster">The Kafka cluster id.</param>
/// <param name="Name">The Kafka Connect cluster id.</param>
public sealed record AdminKafkaConnect(string Cluster, string Name) : IResourceAddress
{
    /// <summary>The <c>KafkaConnect</c> resource type: <c>//admin/kafkacluster/&lt;cluster&gt;/kafkaconnect/&lt;name&gt;</c>.</summary>
    public static AuditResourceType ResourceType { get; } = new("KafkaConnect", AuditEventFamily.Exportable, "//admin/kafkacluster/<cluster>/kafkaconnect/<name>");

    /// <inheritdoc />
    public IReadOnlyList<string?> AddressParts => [Cluster, Name];
}
