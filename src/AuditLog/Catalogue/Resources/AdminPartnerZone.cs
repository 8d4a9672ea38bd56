namespace AuditLog.Resources;

/// <summary>A partner zone, sharing topics with an external partner, for exportable events.</summary>
/// <param name="Name">The partner zone name.</param>
public sealed record AdminPartnerZone(string Name) : IResourceAddress
{
    /// <summary>The <c>PartnerZone</c> resource type: <c>//admin/partnerzone/&lt;name&gt;</c>.</summary>
    public static AuditResourceType ResourceType { get; } = new("PartnerZone", AuditEventFamily.Exportable, "//admin/partnerzone/<name>");

    /// <inheritdoc />
    public IReadOnlyList<string?> AddressParts => [Name];
}
