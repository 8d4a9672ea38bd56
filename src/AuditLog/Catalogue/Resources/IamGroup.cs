namespace AuditLog.Resources;

/// <summary>A Console group, for exportable events.</summary>
/// <param name="Name">The group name.</param>
public sealed record IamGroup(string Name) : IResourceAddress
{
    /// <summary>The <c>Group</c> resource type: <c>//iam/group/&lt;name&gt;</c>.</summary>
    public static AuditResourceType ResourceType { get; } = new("Group", AuditEventFamily.Exportable, "//iam/group/<name>");

    /// <inheritdoc />
    public IReadOnlyList<string?> AddressParts => [Name];
}
