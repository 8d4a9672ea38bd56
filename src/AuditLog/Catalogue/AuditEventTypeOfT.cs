namespace AuditLog;

/// <summary>A catalogue entry whose events are about resources of type <typeparamref name="TResource"/>.</summary>
/// <typeparam name="TResource">The typed address of the resource the event is about.</typeparam>
public class AuditEventType<TResource> : AuditEventType
    where TResource : IResourceAddress
{
    internal AuditEventType(string name, AuditEventFamily family, string description, string? detail = null, params string[] requiredMetadata)
        : base(name, family, TResource.ResourceType, description, detail, requiredMetadata)
    {
    }

    /// <summary>
    /// Creates an event of this type about <paramref name="resource"/>, done by <paramref name="actor"/>.
    /// The address parts are recorded as metadata (for example <c>name</c> and <c>cluster</c>).
    /// </summary>
    /// <exception cref="AuditValidationException">An address part breaks its rule.</exception>
    public AuditEvent For(TResource resource, AuditActor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var auditResource = AuditResource.From(resource);
        return new AuditEvent
        {
            Type = this,
            Resource = auditResource,
            Actor = actor,
            Metadata = auditResource.ToMetadata(),
        };
    }
}
