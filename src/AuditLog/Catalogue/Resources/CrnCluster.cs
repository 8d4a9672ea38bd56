namespace AuditLog.Resources;

/// <summary>A Kafka cluster, for legacy CRN events.</summary>
/// <param name="ClusterId">The cluster's UUID.</param>
public sealed record CrnCluster(Guid ClusterId) : IResourceAddress
{
    /// <summary>The <c>Cluster</c> resource type: <c>kafka:/cluster/&lt;uuid&gt;</c>.</summary>
    public static AuditResourceType ResourceType { get; } = new("Cluster", AuditEventFamily.Legacy, "kafka:/cluster/<uuid>", "clusterId");

    /// <inheritdoc />
    public IReadOnlyList<string?> AddressParts => [ClusterId.ToString("D")];
}
