using Microsoft.AspNetCore.Http;

namespace AuditLog.AspNetCore.Catalogue;

/// <summary><c>GET catalogue</c>: the event types, families, outcomes and resource types, for filter pickers.</summary>
internal static class CatalogueEndpoint
{
    public static IResult Get() => Results.Ok(CatalogueDocument.Current);
}
