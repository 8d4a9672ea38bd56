using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace AuditLog.AspNetCore.Http;

/// <summary>A 200 response whose JSON body is written straight to the response with a <see cref="Utf8JsonWriter"/>.</summary>
internal sealed class JsonWriterResult(string contentType, Action<Utf8JsonWriter> write) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = StatusCodes.Status200OK;
        httpContext.Response.ContentType = contentType;
        await using var writer = new Utf8JsonWriter(httpContext.Response.BodyWriter);
        write(writer);
        await writer.FlushAsync(httpContext.RequestAborted).ConfigureAwait(false);
    }
}
