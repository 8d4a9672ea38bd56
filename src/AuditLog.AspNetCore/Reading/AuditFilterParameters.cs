using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace AuditLog.AspNetCore.Reading;

/// <summary>The store's filters as query parameters, bound as text so that every parsing error is ours to report.</summary>
internal sealed class AuditFilterParameters
{
    [FromQuery(Name = "from"), Description("The earliest event time, inclusive, RFC 3339 (2024-10-10T08:00:00Z).")]
    public string? From { get; init; }

    [FromQuery(Name = "to"), Description("The latest event time, exclusive, RFC 3339; after from.")]
    public string? To { get; init; }

    [FromQuery(Name = "type"), Description("Catalogue event type names (Kafka.Topic.Create…); repeat for several.")]
    public string[]? Type { get; init; }

    [FromQuery(Name = "family"), Description("Exportable, Legacy or Security; repeat for several.")]
    public string[]? Family { get; init; }

    [FromQuery(Name = "resourceType"), Description("A catalogue resource type name (Topic, Connector…).")]
    public string? ResourceType { get; init; }

    [FromQuery(Name = "resource"), Description("The beginning of the resource address, taken literally.")]
    public string? Resource { get; init; }

    [FromQuery(Name = "actor"), Description("The actor id, exactly.")]
    public string? Actor { get; init; }

    [FromQuery(Name = "outcome"), Description("Success, Failure or Denied.")]
    public string? Outcome { get; init; }

    [FromQuery(Name = "q"), Description("Free text: words of the type, address, actor and metadata; \"a phrase\", or, -word.")]
    public string? Q { get; init; }
}
