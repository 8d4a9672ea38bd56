namespace AuditLog.Resources;

/// <summary>The Schema Registry of a Kafka cluster registered in the console, for exportable events.</summary>
/// <param name="Cluster">The Kafka cluster id.</param>
public sealed record AdminSchemaRegistry(string Cluster) : IResourceAddress
{
    /// <summary>The <c>SchemaRegistry</c> resource type: <c>//admin/kafkacluster/&lt;cluster&gt;/schemaregistry</c>.</summary>
    public static AuditResourceType ResourceType { get; } = new("SchemaRegistry", AuditEventFamily.Exportable, "//admin/kafkacluster/<cluster>/schemaregistry");

    /// <inheritdoc />
    public IReadOnlyList<string?> AddressParts => [Cluster];
}
