namespace AuditLog.Resources;

/// <summary>
/// An API key of a self-service application instance, for exportable events. Only its id: the key's
/// secret is never part of an audit event.
/// </summary>
/// <param name="Application">The application name.</param>
/// <param name="Instance">The application instance name.</param>
/// <param name="Id">The API key id.</param>
public sealed record SelfServiceApplicationInstanceApiKey(string Application, string Instance, string Id) : IResourceAddress
{
    /// <summary>The <c>ApplicationInstanceApiKey</c> resource type: <c>//selfservice/application/&lt;application&gt;/instance/&lt;instance&gt;/apikey/&lt;id&gt;</c>.</summary>
    public static AuditResourceType ResourceType { get; } = new("ApplicationInstanceApiKey", AuditEventFamily.Exportable, "//selfservice/application/<application>/instance/<instance>/apikey/<id>");

    /// <inheritdoc />
    public IReadOnlyList<string?> AddressParts => [Application, Instance, Id];
}
