namespace AuditLog.Resources;

/// <summary>A data masking policy of the console, for exportable events.</summary>
/// <param name="Name">The policy name.</param>
public sealed record AdminDataMaskingPolicy(string Name) : IResourceAddress
{
    /// <summary>The <c>DataMaskingPolicy</c> resource type: <c>//admin/datamaskingpolicy/&lt;name&gt;</c>.</summary>
    public static AuditResourceType ResourceType { get; } = new("DataMaskingPolicy", AuditEventFamily.Exportable, "//admin/datamaskingpolicy/<name>");

    /// <inheritdoc />
    public IReadOnlyList<string?> AddressParts => [Name];
}
