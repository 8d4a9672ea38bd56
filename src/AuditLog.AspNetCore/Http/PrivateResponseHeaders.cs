using Microsoft.AspNetCore.Http;

namespace AuditLog.AspNetCore.Http;

/// <summary>Audit data is never cached by browsers or proxies, nor sniffed into another content type.</summary>
internal sealed class PrivateResponseHeaders : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var headers = context.HttpContext.Response.Headers;
        headers.CacheControl = "no-store";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        return next(context);
    }
}
