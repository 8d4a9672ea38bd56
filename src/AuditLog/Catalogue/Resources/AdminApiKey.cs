namespace AuditLog.Resources;

/// <summary>
/// An admin API key of the console, for exportable events. Only its id: the key's secret is never part
/// of an audit event.
/// </summary>
/// <param name="Id">The API key id.</param>
public sealed record AdminApiKey(string Id) : IResourceAddress
{
    /// <summary>The <c>AdminApiKey</c> resource type: <c>//admin/apikey/&lt;id&gt;</c>.</summary>
    public static AuditResourceType ResourceType { get; } = new("AdminApiKey", AuditEventFamily.Exportable, "//admin/apikey/<id>");

    /// <inheritdoc />
    public IReadOnlyList<string?> AddressParts => [Id];
}
