using System.ComponentModel;
using System.Text.Json;
using AuditLog.AspNetCore.Http;
using AuditLog.PostgreSql;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace AuditLog.AspNetCore.Reading;

/// <summary><c>GET events</c> and <c>GET events/{id}</c>: the read is recorded before the events are returned, so no unrecorded read succeeds.</summary>
internal static class EventEndpoints
{
    public const int DefaultPageSize = 50;

    public static async Task<IResult> SearchAsync(
        HttpContext context,
        [AsParameters] AuditFilterParameters filters,
        [FromQuery(Name = "cursor"), Description("The nextCursor of the previous page; omit for the first page.")] string? cursor,
        [FromQuery(Name = "pageSize"), Description("Events per page, 1 to 1000 (default 50).")] string? pageSize,
        PostgreSqlAuditStore store,
        CancellationToken cancellationToken)
    {
        AuditPage page;
        AuditQuery query;
        try
        {
            query = QueryParameters.ToQuery(filters, context.Request.Query);
            page = await store.GetPageAsync(query, PageSize(pageSize), cursor, cancellationToken).ConfigureAwait(false);
        }
        catch (ParameterProblem problem)
        {
            return problem.ToResult();
        }
        catch (AuditQueryException refused)
        {
            return QueryParameters.Problem(refused).ToResult();
        }

        await ReadAudit.SearchedAsync(context, QueryParameters.Describe(query, cursor), page.Events.Count, cancellationToken).ConfigureAwait(false);
        return new JsonWriterResult("application/json", writer =>
        {
            writer.WriteStartObject();
            CloudEventJson.WriteArray(writer, "events", page.Events);
            writer.WriteString("nextCursor", page.NextCursor);
            writer.WriteEndObject();
        });
    }

    public static async Task<IResult> GetAsync(
        HttpContext context,
        [Description("The event id (a UUID).")] string id,
        PostgreSqlAuditStore store,
        CancellationToken cancellationToken)
    {
        if (!Guid.TryParseExact(id, "D", out var eventId))
        {
            return new ParameterProblem("id", "must be a UUID such as 0192f0c4-5c1e-7a00-8000-000000000000").ToResult();
        }

        var auditEvent = await store.GetAsync(eventId, cancellationToken).ConfigureAwait(false);
        var filters = JsonSerializer.SerializeToElement(new Dictionary<string, string> { ["id"] = eventId.ToString() });
        await ReadAudit.SearchedAsync(context, filters, auditEvent is null ? 0 : 1, cancellationToken).ConfigureAwait(false);
        return auditEvent is null
            ? Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No event has this id.")
            : new JsonWriterResult(CloudEventJson.ContentType, writer => CloudEvents.AuditCloudEventMapper.Write(auditEvent, writer));
    }

    private static int PageSize(string? value)
    {
        if (value is null)
        {
            return DefaultPageSize;
        }

        return int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var size)
            && size is >= 1 and <= PostgreSqlAuditStore.MaxPageSize
            ? size
            : throw new ParameterProblem("pageSize", $"must be a whole number from 1 to {PostgreSqlAuditStore.MaxPageSize}");
    }
}
