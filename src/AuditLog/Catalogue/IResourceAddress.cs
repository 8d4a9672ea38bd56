namespace AuditLog;

/// <summary>
/// The typed parts of a resource address. Each implementation names its resource type, so an
/// event type only accepts the resource it is documented for.
/// </summary>
public interface IResourceAddress
{
    /// <summary>The resource type, with its address template.</summary>
    static abstract AuditResourceType ResourceType { get; }

    /// <summary>The address parts, in the order of the template's placeholders.</summary>
    IReadOnlyList<string?> AddressParts { get; }
}
