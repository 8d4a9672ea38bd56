namespace AuditLog.Resources;

/// <summary>A consumer group, for legacy CRN events.</summary>
/// <param name="ClusterId">The cluster's UUID.</param>
/// <param name="Name">The consumer group name.</param>
public sealed record CrnConsumerGroup(Guid ClusterId, string Name) : IResourceAddress
{
    /// <summary>The <c>ConsumerGroup</c> resource type: <c>kafka:/cluster/&lt;uuid&gt;/group/&lt;group-name&gt;</c>.</summary>
    public static AuditResourceType ResourceType { get; } = new("ConsumerGroup", AuditEventFamily.Legacy, "kafka:/cluster/<uuid>/group/<group-name>", "clusterId", "name");

    /// <inheritdoc />
    public IReadOnlyList<string?> AddressParts => [ClusterId.ToString("D"), Name];
}
