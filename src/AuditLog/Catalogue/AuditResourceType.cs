namespace AuditLog;

/// <summary>
/// A kind of resource (Topic, Connector, Application…) with the one template its addresses follow
/// and the metadata keys its address parts are recorded under.
/// </summary>
public sealed class AuditResourceType
{
    internal AuditResourceType(string name, AuditEventFamily family, string template, params string[] metadataKeys)
    {
        Name = name;
        Family = family;
        Template = new AddressTemplate(template);
        MetadataKeys = metadataKeys.Length == 0 ? Template.Placeholders : metadataKeys;
        if (MetadataKeys.Count != Template.Placeholders.Count)
        {
            throw new ArgumentException($"The resource type {name} names {MetadataKeys.Count} metadata keys for {Template.Placeholders.Count} placeholders.", nameof(metadataKeys));
        }
    }

    /// <summary>The resource type's name, as documented (<c>Topic</c>, <c>DatamaskingPolicy</c>…).</summary>
    public string Name { get; }

    /// <summary>The family whose events use this resource type.</summary>
    public AuditEventFamily Family { get; }

    /// <summary>The address template (a CRN for legacy events, the CloudEvents <c>source</c> for exportable ones).</summary>
    public AddressTemplate Template { get; }

    /// <summary>The metadata key under which each address part is recorded, in placeholder order.</summary>
    public IReadOnlyList<string> MetadataKeys { get; }

    // Conduktor documents the CRN template of every legacy event but shows the source of only one
    // exportable event (a topic's); the other exportable templates are ours, and docs/events.md says so.
    internal bool SourceShownByConduktor { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Template.Text})";
}
