namespace AuditLog.Resources;

/// <summary>The audit log itself, as the resource of the events that record who read or exported it.</summary>
/// <param name="Store">The store read, e.g. the PostgreSQL schema holding the events (<c>auditlog</c>).</param>
public sealed record AuditTrailStore(string Store) : IResourceAddress
{
    /// <summary>The <c>AuditLog</c> resource type: <c>crn:///auditlog=&lt;store&gt;</c>.</summary>
    public static AuditResourceType ResourceType { get; } = new("AuditLog", AuditEventFamily.Security, "crn:///auditlog=<store>", "store");

    /// <inheritdoc />
    public IReadOnlyList<string?> AddressParts => [Store];
}
