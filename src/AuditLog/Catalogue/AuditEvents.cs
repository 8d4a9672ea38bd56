using AuditLog.Resources;

namespace AuditLog;

/// <summary>
/// The catalogue of audit events, typed: <c>AuditEvents.Kafka.Topic.Create.For(new KafkaTopic("production", "website-orders"), actor)</c>.
/// It is the one source of truth for event names, resource types and address templates;
/// <see cref="AuditCatalogue"/> enumerates it and <c>docs/events.md</c> is generated from it.
/// </summary>
public static partial class AuditEvents
{
    private static AuditEventType<TResource> ExportableEvent<TResource>(string name, string description, params string[] requiredMetadata)
        where TResource : IResourceAddress => new(name, AuditEventFamily.Exportable, description, detail: null, requiredMetadata);

    private static AuditEventType<TResource> LegacyEvent<TResource>(string name, string description, string? detail = null, params string[] requiredMetadata)
        where TResource : IResourceAddress => new(name, AuditEventFamily.Legacy, description, detail, requiredMetadata);
}
