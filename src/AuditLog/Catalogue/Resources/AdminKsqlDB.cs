namespace AuditLog.Resources;

/// <summary>A ksqlDB cluster registered in the console, for exportable events.</summary>
/// <param name="Cluster">The Kafka cluster id.</param>
/// <param name="Name">The ksqlDB cluster id.</param>
public sealed record AdminKsqlDB(string Cluster, string Name) : IResourceAddress
{
    /// <summary>The <c>KsqlDB</c> resource type: <c>//admin/kafkacluster/&lt;cluster&gt;/ksqldb/&lt;name&gt;</c>.</summary>
    public static AuditResourceType ResourceType { get; } = new("KsqlDB", AuditEventFamily.Exportable, "//admin/kafkacluster/<cluster>/ksqldb/<name>");

    /// <inheritdoc />
    public IReadOnlyList<string?> AddressParts => [Cluster, Name];
}
