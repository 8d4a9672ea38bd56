namespace AuditLog.Resources;

/// <summary>A Kafka cluster registered in the console, for exportable events.</summary>
/// <param name="Name">The cluster id.</param>
public sealed record AdminKafkaCluster(string Name) : IResourceAddress
{
    /// <summary>The <c>KafkaCluster</c> resource type: <c>//admin/kafkacluster/&lt;name&gt;</c>.</summary>
    public static AuditResourceType ResourceType { get; } = new("KafkaCluster", AuditEventFamily.Exportable, "//admin/kafkacluster/<name>");

    /// <inheritdoc />
    public IReadOnlyList<string?> AddressParts => [Name];
}
