namespace AuditLog.Resources;

/// <summary>A self-service application, for legacy CRN events.</summary>
/// <param name="Slug">The application slug.</param>
public sealed record CrnApplication(string Slug) : IResourceAddress
{
    /// <summary>The <c>Application</c> resource type: <c>platform:/application/&lt;app-slug&gt;</c>.</summary>
    public static AuditResourceType ResourceType { get; } = new("Application", AuditEventFamily.Legacy, "platform:/application/<app-slug>", "slug");

    /// <inheritdoc />
    public IReadOnlyList<string?> AddressParts => [Slug];
}
