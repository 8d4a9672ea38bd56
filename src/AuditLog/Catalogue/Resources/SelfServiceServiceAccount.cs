namespace AuditLog.Resources;

/// <summary>A service account of a Kafka cluster managed through self-service, for exportable events.</summary>
/// <param name="Cluster">The cluster id.</param>
/// <param name="Name">The service account name.</param>
public sealed record SelfServiceServiceAccount(string Cluster, string Name) : IResourceAddress
{
    /// <summary>The <c>ServiceAccount</c> resource type: <c>//selfservice/kafkacluster/&lt;cluster&gt;/serviceaccount/&lt;name&gt;</c>.</summary>
    public static AuditResourceType ResourceType { get; } = new("ServiceAccount", AuditEventFamily.Exportable, "//selfservice/kafkacluster/<cluster>/serviceaccount/<name>");

    /// <inheritdoc />
    public IReadOnlyList<string?> AddressParts => [Cluster, Name];
}
