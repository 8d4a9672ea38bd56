namespace AuditLog.Resources;

/// <summary>A certificate trusted by the console, for exportable events.</summary>
/// <param name="Name">The certificate name (its alias in the trust store).</param>
public sealed record AdminCertificate(string Name) : IResourceAddress
{
    /// <summary>The <c>Certificate</c> resource type: <c>//admin/certificate/&lt;name&gt;</c>.</summary>
    public static AuditResourceType ResourceType { get; } = new("Certificate", AuditEventFamily.Exportable, "//admin/certificate/<name>");

    /// <inheritdoc />
    public IReadOnlyList<string?> AddressParts => [Name];
}
