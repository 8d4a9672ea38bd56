namespace AuditLog.Resources;

/// <summary>An alert integration of the console (Slack, MS Teams, webhook), for exportable events.</summary>
/// <param name="Name">The integration name.</param>
public sealed record AdminAlertIntegration(string Name) : IResourceAddress
{
    /// <summary>The <c>Integration</c> resource type: <c>//admin/integration/&lt;name&gt;</c>.</summary>
    public static AuditResourceType ResourceType { get; } = new("Integration", AuditEventFamily.Exportable, "//admin/integration/<name>");

    /// <inheritdoc />
    public IReadOnlyList<string?> AddressParts => [Name];
}
