namespace AuditLog.Resources;

/// <summary>A permission granted by an application instance on one of its resources, for exportable events.</summary>
/// <param name="Application">The application name.</param>
/// <param name="Instance">The application instance name.</param>
/// <param name="Name">The permission name (its resource pattern).</param>
public sealed record SelfServiceApplicationInstancePermission(string Application, string Instance, string Name) : IResourceAddress
{
    /// <summary>The <c>ApplicationInstancePermission</c> resource type: <c>//selfservice/application/&lt;application&gt;/instance/&lt;instance&gt;/permission/&lt;name&gt;</c>.</summary>
    public static AuditResourceType ResourceType { get; } = new("ApplicationInstancePermission", AuditEventFamily.Exportable, "//selfservice/application/<application>/instance/<instance>/permission/<name>");

    /// <inheritdoc />
    public IReadOnlyList<string?> AddressParts => [Application, Instance, Name];
}
