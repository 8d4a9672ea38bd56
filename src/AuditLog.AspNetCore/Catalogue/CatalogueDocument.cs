namespace AuditLog.AspNetCore.Catalogue;

/// <summary>What <c>GET catalogue</c> returns: the values the filters accept.</summary>
/// <param name="Families">The family names.</param>
/// <param name="Outcomes">The outcome names.</param>
/// <param name="ResourceTypes">Every resource type of the catalogue.</param>
/// <param name="EventTypes">Every event type of the catalogue, in documented order.</param>
internal sealed record CatalogueDocument(
    IReadOnlyList<string> Families,
    IReadOnlyList<string> Outcomes,
    IReadOnlyList<CatalogueResourceType> ResourceTypes,
    IReadOnlyList<CatalogueEventType> EventTypes)
{
    public static CatalogueDocument Current { get; } = new(
        Enum.GetNames<AuditEventFamily>(),
        Enum.GetNames<OutcomeStatus>(),
        AuditCatalogue.ResourceTypes.Select(r => new CatalogueResourceType(r.Name, r.Family.ToString(), r.Template.Text)).ToArray(),
        AuditCatalogue.All.Select(t => new CatalogueEventType(t.Name, t.Family.ToString(), t.ResourceType.Name, t.Description)).ToArray());
}

/// <summary>A resource type.</summary>
/// <param name="Name">Its name (<c>Topic</c>).</param>
/// <param name="Family">Its family.</param>
/// <param name="Template">Its address template.</param>
internal sealed record CatalogueResourceType(string Name, string Family, string Template);

/// <summary>An event type.</summary>
/// <param name="Name">Its name (<c>Kafka.Topic.Create</c>).</param>
/// <param name="Family">Its family.</param>
/// <param name="ResourceType">The name of its resource type.</param>
/// <param name="Description">What it records.</param>
internal sealed record CatalogueEventType(string Name, string Family, string ResourceType, string Description);
