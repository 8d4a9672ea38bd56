namespace AuditLog.Resources;

/// <summary>A group of a self-service application, for exportable events.</summary>
/// <param name="Application">The application name.</param>
/// <param name="Name">The application group name.</param>
public sealed record SelfServiceApplicationGroup(string Application, string Name) : IResourceAddress
{
    /// <summary>The <c>ApplicationGroup</c> resource type: <c>//selfservice/application/&lt;application&gt;/group/&lt;name&gt;</c>.</summary>
    public static AuditResourceType ResourceType { get; } = new("ApplicationGroup", AuditEventFamily.Exportable, "//selfservice/application/<application>/group/<name>");

    /// <inheritdoc />
    public IReadOnlyList<string?> AddressParts => [Application, Name];
}
