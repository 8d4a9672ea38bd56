using System.ComponentModel;
using AuditLog.AspNetCore.Http;
using AuditLog.PostgreSql;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AuditLog.AspNetCore.Reading;

/// <summary>
/// <c>GET export</c>: the store's CSV or JSON Lines export written straight to the response, in constant memory.
/// The export is recorded when it ends, also when it ends early (the client left, the database failed): then as a
/// failure whose event count is a lower bound, so leaving a download early does not hide it.
/// </summary>
internal static class ExportEndpoint
{
    public static async Task<IResult> ExportAsync(
        HttpContext context,
        [AsParameters] AuditFilterParameters filters,
        [FromQuery(Name = "format"), Description("csv (RFC 4180, with a header row) or json (JSON Lines, one CloudEvent per line).")] string? format,
        PostgreSqlAuditStore store,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        AuditQuery query;
        AuditExportFormat exportFormat;
        try
        {
            query = QueryParameters.ToQuery(filters, context.Request.Query);
            exportFormat = format switch
            {
                "csv" => AuditExportFormat.Csv,
                "json" => AuditExportFormat.Json,
                _ => throw new ParameterProblem("format", "must be csv or json"),
            };

            // QueryAsync validates the filters when called, before it reads anything: a bad filter is
            // answered with problem details before the response starts.
            _ = store.QueryAsync(query, cancellationToken);
        }
        catch (ParameterProblem problem)
        {
            return problem.ToResult();
        }
        catch (AuditQueryException refused)
        {
            return QueryParameters.Problem(refused).ToResult();
        }

        var now = (context.RequestServices.GetService<TimeProvider>() ?? TimeProvider.System).GetUtcNow();
        var extension = exportFormat == AuditExportFormat.Csv ? "csv" : "jsonl";
        var response = context.Response;
        response.ContentType = exportFormat == AuditExportFormat.Csv ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8";
        response.Headers.ContentDisposition = $"attachment; filename=\"auditlog-{now:yyyyMMdd'T'HHmmss'Z'}.{extension}\"";
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();

        var written = new WrittenCount();
        var complete = false;
        try
        {
            written.Value = await store.ExportAsync(query, exportFormat, response.Body, written, cancellationToken).ConfigureAwait(false);
            complete = true;
        }
        catch (Exception exception) when (exception is not AuditQueryException)
        {
            AuditLogHttpLog.ExportInterrupted(loggers.CreateLogger(typeof(ExportEndpoint)), written.Value, exception);
            throw;
        }
        finally
        {
            // Not the request's token: a reader who cancels the download is still recorded.
            await ReadAudit.ExportedAsync(context, exportFormat, QueryParameters.Describe(query), written.Value, complete, CancellationToken.None).ConfigureAwait(false);
        }

        return Results.Empty;
    }

    private sealed class WrittenCount : IProgress<long>
    {
        public long Value { get; set; }

        public void Report(long value) => Value = value;
    }
}
