namespace AuditLog.Resources;

/// <summary>An instance of a self-service application, for exportable events.</summary>
/// <param name="Application">The application name.</param>
/// <param name="Name">The instance name.</param>
public sealed record SelfServiceApplicationInstance(string Application, string Name) : IResourceAddress
{
    /// <summary>The <c>ApplicationInstance</c> resource type: <c>//selfservice/application/&lt;application&gt;/instance/&lt;name&gt;</c>.</summary>
    public static AuditResourceType ResourceType { get; } = new("ApplicationInstance", AuditEventFamily.Exportable, "//selfservice/application/<application>/instance/<name>");

    /// <inheritdoc />
    public IReadOnlyList<string?> AddressParts => [Application, Name];
}
