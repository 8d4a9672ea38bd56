namespace AuditLog.Resources;

/// <summary>A data masking policy, for legacy CRN events.</summary>
/// <param name="PolicyId">The policy's UUID.</param>
public sealed record CrnDatamaskingPolicy(Guid PolicyId) : IResourceAddress
{
    /// <summary>The <c>DatamaskingPolicy</c> resource type: <c>platform:/datamasking/&lt;uuid&gt;</c>.</summary>
    public static AuditResourceType ResourceType { get; } = new("DatamaskingPolicy", AuditEventFamily.Legacy, "platform:/datamasking/<uuid>", "policyId");

    /// <inheritdoc />
    public IReadOnlyList<string?> AddressParts => [PolicyId.ToString("D")];
}
