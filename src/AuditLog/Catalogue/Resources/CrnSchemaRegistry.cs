namespace AuditLog.Resources;

/// <summary>The Schema Registry of a cluster, for legacy CRN events.</summary>
/// <param name="ClusterId">The cluster's UUID.</param>
public sealed record CrnSchemaRegistry(Guid ClusterId) : IResourceAddress
{
    /// <summary>The <c>SchemaRegistry</c> resource type: <c>kafka:/cluster/&lt;uuid&gt;</c>.</summary>
    public static AuditResourceType ResourceType { get; } = new("SchemaRegistry", AuditEventFamily.Legacy, "kafka:/cluster/<uuid>", "clusterId");

    /// <inheritdoc />
    public IReadOnlyList<string?> AddressParts => [ClusterId.ToString("D")];
}
