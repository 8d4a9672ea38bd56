namespace AuditLog;

/// <summary>The resource an audit event is about: its type and its validated address.</summary>
public sealed class AuditResource : IEquatable<AuditResource>
{
    private AuditResource(AuditResourceType type, string address, IReadOnlyList<string> parts)
    {
        Type = type;
        Address = address;
        Parts = parts;
    }

    /// <summary>The resource type.</summary>
    public AuditResourceType Type { get; }

    /// <summary>The address, following <see cref="AuditResourceType.Template"/>.</summary>
    public string Address { get; }

    /// <summary>The address parts, unescaped, in placeholder order.</summary>
    public IReadOnlyList<string> Parts { get; }

    /// <summary>Builds the address of a typed resource.</summary>
    /// <exception cref="AuditValidationException">A part breaks its placeholder's rule.</exception>
    public static AuditResource From<TResource>(TResource resource)
        where TResource : IResourceAddress
    {
        ArgumentNullException.ThrowIfNull(resource);
        var type = TResource.ResourceType;
        var address = type.Template.Format(resource.AddressParts);
        return new AuditResource(type, address, type.Template.TryParse(address)!);
    }

    /// <summary>Reads an address of a known resource type (for events read back from storage or the wire).</summary>
    /// <exception cref="AuditValidationException">The address does not follow the type's template.</exception>
    public static AuditResource Parse(AuditResourceType type, string address)
    {
        ArgumentNullException.ThrowIfNull(type);
        var parts = type.Template.TryParse(address)
            ?? throw new AuditValidationException("resource.address", $"must match the {type.Name} template '{type.Template.Text}'");
        return new AuditResource(type, address, parts);
    }

    /// <summary>
    /// The address parts as metadata entries, under the resource type's metadata keys, most specific
    /// first (<c>name</c> before <c>cluster</c>, as in Conduktor's events).
    /// </summary>
    public AuditMetadata ToMetadata()
    {
        var metadata = AuditMetadata.Empty;
        for (var i = Parts.Count - 1; i >= 0; i--)
        {
            metadata = metadata.With(Type.MetadataKeys[i], Parts[i]);
        }

        return metadata;
    }

    /// <inheritdoc />
    public bool Equals(AuditResource? other) =>
        other is not null && ReferenceEquals(Type, other.Type) && string.Equals(Address, other.Address, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as AuditResource);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Type.Name, Address);

    /// <inheritdoc />
    public override string ToString() => Address;
}
