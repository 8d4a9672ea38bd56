using System.Security.Claims;
using System.Text.Json;
using AuditLog.PostgreSql;
using AuditLog.Resources;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AuditLog.AspNetCore.Reading;

/// <summary>Records each read of the audit log through the host's <see cref="IAuditLogger"/>: who, which filters, how many events.</summary>
internal static class ReadAudit
{
    /// <summary>The actor of a request that reached the audit log without signing in (the host chose <c>AllowAnonymous()</c>).</summary>
    public const string Anonymous = "anonymous";

    // Enough to identify a client; a longer header cannot make the read's own event too large to record.
    private const int MaxUserAgentLength = 512;

    public static Task SearchedAsync(HttpContext context, JsonElement filters, long events, CancellationToken cancellationToken) =>
        LogAsync(
            context,
            AuditEvents.Security.AuditTrail.Search.For(Store(context), Reader(context.User))
                .WithMetadata("filters", filters)
                .WithMetadata("events", events),
            cancellationToken);

    public static Task ExportedAsync(HttpContext context, AuditExportFormat format, JsonElement filters, long events, bool complete, CancellationToken cancellationToken)
    {
        var audit = AuditEvents.Security.AuditTrail.Export.For(Store(context), Reader(context.User))
            .WithMetadata("format", format == AuditExportFormat.Csv ? "csv" : "json")
            .WithMetadata("filters", filters)
            .WithMetadata("events", events);
        return LogAsync(context, complete ? audit : audit with { Outcome = AuditOutcome.Failure("The export stopped before its end; events is a lower bound.") }, cancellationToken);
    }

    public static AuditActor Reader(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return AuditActor.User(Anonymous);
        }

        var id = user.Identity.Name
            ?? user.FindFirst(ClaimTypes.NameIdentifier)?.Value
            ?? user.FindFirst("sub")?.Value
            ?? "unknown";
        return AuditActor.User(id, user.FindFirst("name")?.Value);
    }

    private static AuditTrailStore Store(HttpContext context) =>
        new(context.RequestServices.GetRequiredService<IOptions<PostgreSqlAuditOptions>>().Value.Schema);

    private static async Task LogAsync(HttpContext context, AuditEvent audit, CancellationToken cancellationToken)
    {
        var agent = context.Request.Headers.UserAgent.ToString();
        var client = new AuditClient(context.Connection.RemoteIpAddress?.ToString(), agent.Length == 0 ? null : agent[..Math.Min(agent.Length, MaxUserAgentLength)]);
        await context.RequestServices.GetRequiredService<IAuditLogger>()
            .LogAsync(audit with { Client = client }, cancellationToken)
            .ConfigureAwait(false);
    }
}
