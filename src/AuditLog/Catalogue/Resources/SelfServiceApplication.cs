namespace AuditLog.Resources;

/// <summary>A self-service application, for exportable events.</summary>
/// <param name="Name">The application name.</param>
public sealed record SelfServiceApplication(string Name) : IResourceAddress
{
    /// <summary>The <c>Application</c> resource type: <c>//selfservice/application/&lt;name&gt;</c>.</summary>
    public static AuditResourceType ResourceType { get; } = new("Application", AuditEventFamily.Exportable, "//selfservice/application/<name>");

    /// <inheritdoc />
    public IReadOnlyList<string?> AddressParts => [Name];
}
