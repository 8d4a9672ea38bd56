using AuditLog.AspNetCore.Http;
using AuditLog.AspNetCore.Page;
using AuditLog.AspNetCore.Catalogue;
using AuditLog.AspNetCore.Integrity;
using AuditLog.AspNetCore.Reading;
using AuditLog.PostgreSql;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps the audit log's HTTP API and page.</summary>
public static class AuditLogEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps the audit log under <paramref name="prefix"/>: <c>GET events</c> (search, keyset pages),
    /// <c>GET events/{id}</c>, <c>GET export</c> (CSV or JSON Lines, streamed), <c>GET verify</c> (the integrity
    /// report), <c>GET catalogue</c> (for filter pickers), and the page at <c>{prefix}/</c>.
    /// </summary>
    /// <remarks>
    /// Secure by default: every request is refused with 403 until the returned group carries an authorization
    /// policy (<c>RequireAuthorization("AuditReaders")</c>), or is opened deliberately with <c>AllowAnonymous()</c>.
    /// Each search, each event opened and each export is recorded through <c>IAuditLogger</c> as
    /// <c>Security.AuditTrail.Search</c> or <c>Security.AuditTrail.Export</c>.
    /// Requires <c>AddAuditLog().AddPostgreSql()</c>.
    /// </remarks>
    /// <param name="endpoints">The application's endpoints.</param>
    /// <param name="prefix">The route prefix, e.g. <c>/audit</c>.</param>
    /// <returns>The group of the audit log's endpoints, to add the authorization policy and other conventions to.</returns>
    /// <exception cref="InvalidOperationException">The PostgreSQL store is not registered.</exception>
    public static RouteGroupBuilder MapAuditLog(this IEndpointRouteBuilder endpoints, string prefix)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrWhiteSpace(prefix);
        if (endpoints.ServiceProvider.GetService<PostgreSqlAuditStore>() is null)
        {
            throw new InvalidOperationException(
                "MapAuditLog reads the PostgreSQL store: register it first with builder.Services.AddAuditLog().AddPostgreSql().");
        }

        var group = endpoints.MapGroup(prefix);
        group.AddEndpointFilter<AuthorizationPolicyRequired>();
        group.WithTags("AuditLog");
        group.AddEndpointFilter<PrivateResponseHeaders>();

        group.MapGet("/events", EventEndpoints.SearchAsync)
            .WithName("AuditLogSearchEvents")
            .WithSummary("Searches the audit log, newest first, one keyset page at a time.")
            .WithDescription("Events are CloudEvents 1.0 JSON. Pass nextCursor as cursor, with the same filters, for the next page. Each call is itself audited (Security.AuditTrail.Search).")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapGet("/events/{id}", EventEndpoints.GetAsync)
            .WithName("AuditLogGetEvent")
            .WithSummary("One event with all its metadata, as a CloudEvent.")
            .Produces(StatusCodes.Status200OK, contentType: CloudEventJson.ContentType)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapGet("/export", ExportEndpoint.ExportAsync)
            .WithName("AuditLogExport")
            .WithSummary("Every event the filters match, as CSV or JSON Lines, streamed.")
            .WithDescription("Audited as Security.AuditTrail.Export with the number of events written.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .Produces(StatusCodes.Status200OK, contentType: "application/x-ndjson")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapGet("/verify", VerifyEndpoint.VerifyAsync)
            .WithName("AuditLogVerify")
            .WithSummary("Walks every integrity chain and names the first event changed, removed, inserted or reordered.")
            .Produces<VerificationReport>()
            .ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapGet("/catalogue", CatalogueEndpoint.Get)
            .WithName("AuditLogCatalogue")
            .WithSummary("The event types, families, outcomes and resource types, for filter pickers.")
            .Produces<CatalogueDocument>()
            .ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapGet("/", PageEndpoints.Index).ExcludeFromDescription();
        group.MapGet("/assets/{name}", PageEndpoints.Asset).ExcludeFromDescription();
        return group;
    }
}
