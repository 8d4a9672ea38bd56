namespace AuditLog.Resources;

/// <summary>A self-service application policy, for exportable events.</summary>
/// <param name="Name">The policy name.</param>
public sealed record SelfServiceApplicationPolicy(string Name) : IResourceAddress
{
    /// <summary>The <c>ApplicationPolicy</c> resource type: <c>//selfservice/applicationpolicy/&lt;name&gt;</c>.</summary>
    public static AuditResourceType ResourceType { get; } = new("ApplicationPolicy", AuditEventFamily.Exportable, "//selfservice/applicationpolicy/<name>");

    /// <inheritdoc />
    public IReadOnlyList<string?> AddressParts => [Name];
}
