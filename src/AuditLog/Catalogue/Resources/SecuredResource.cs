namespace AuditLog.Resources;

/// <summary>A Kafka resource an authorization check is about.</summary>
/// <param name="Cluster">The cluster id.</param>
/// <param name="Kind">The resource type (Topic, Group, Cluster, TransactionalId…).</param>
/// <param name="ResourceName">The resource name or pattern.</param>
public sealed record SecuredResource(string Cluster, string Kind, string ResourceName) : IResourceAddress
{
    /// <summary>The <c>KafkaResource</c> resource type: <c>crn:///kafka=&lt;cluster&gt;/&lt;resourceType&gt;=&lt;resourceName&gt;</c>.</summary>
    public static AuditResourceType ResourceType { get; } = new("KafkaResource", AuditEventFamily.Security, "crn:///kafka=<cluster>/<resourceType>=<resourceName>", "cluster", "resourceType", "resourceName");

    /// <inheritdoc />
    public IReadOnlyList<string?> AddressParts => [Cluster, Kind, ResourceName];
}
