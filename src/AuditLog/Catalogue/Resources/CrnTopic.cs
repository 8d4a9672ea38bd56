namespace AuditLog.Resources;

/// <summary>A topic, for legacy CRN events.</summary>
/// <param name="ClusterId">The cluster's UUID.</param>
/// <param name="Name">The topic name.</param>
public sealed record CrnTopic(Guid ClusterId, string Name) : IResourceAddress
{
    /// <summary>The <c>Topic</c> resource type: <c>kafka:/cluster/&lt;uuid&gt;/topic/&lt;topic-name&gt;</c>.</summary>
    public static AuditResourceType ResourceType { get; } = new("Topic", AuditEventFamily.Legacy, "kafka:/cluster/<uuid>/topic/<topic-name>", "clusterId", "name");

    /// <inheritdoc />
    public IReadOnlyList<string?> AddressParts => [ClusterId.ToString("D"), Name];
}
