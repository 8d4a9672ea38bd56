namespace AuditLog.Resources;

/// <summary>A Console group, for legacy CRN events.</summary>
/// <param name="GroupId">The group's UUID.</param>
public sealed record CrnGroup(Guid GroupId) : IResourceAddress
{
    /// <summary>The <c>Group</c> resource type: <c>platform:/group/&lt;uuid&gt;</c>.</summary>
    public static AuditResourceType ResourceType { get; } = new("Group", AuditEventFamily.Legacy, "platform:/group/<uuid>", "groupId");

    /// <inheritdoc />
    public IReadOnlyList<string?> AddressParts => [GroupId.ToString("D")];
}
