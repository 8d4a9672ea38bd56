namespace AuditLog.Resources;

/// <summary>A connector, for legacy CRN events.</summary>
/// <param name="ClusterId">The cluster's UUID.</param>
/// <param name="ConnectClusterId">The Kafka Connect cluster id.</param>
/// <param name="Name">The connector name.</param>
public sealed record CrnConnector(Guid ClusterId, string ConnectClusterId, string Name) : IResourceAddress
{
    /// <summary>The <c>Connector</c> resource type: <c>kafka:/cluster/&lt;uuid&gt;/connect/&lt;connect-cluster-id&gt;/&lt;connector-name&gt;</c>.</summary>
    public static AuditResourceType ResourceType { get; } = new("Connector", AuditEventFamily.Legacy, "kafka:/cluster/<uuid>/connect/<connect-cluster-id>/<connector-name>", "clusterId", "connectClusterId", "name");

    /// <inheritdoc />
    public IReadOnlyList<string?> AddressParts => [ClusterId.ToString("D"), ConnectClusterId, Name];
}
