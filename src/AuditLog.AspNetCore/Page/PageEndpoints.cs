using Microsoft.AspNetCore.Http;

namespace AuditLog.AspNetCore.Page;

/// <summary>Serves the page and its two files, under a Content-Security-Policy that allows nothing but them and the API.</summary>
internal static class PageEndpoints
{
    // No inline script or style, no other origin, no framing: untrusted event content cannot run even if it were
    // ever inserted as HTML (the script only ever sets textContent).
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; " +
        "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static IResult Index(HttpContext context)
    {
        // The page's URLs are relative to {prefix}/: without the slash they would leave the prefix.
        var request = context.Request;
        if (!request.Path.HasValue || !request.Path.Value.EndsWith('/'))
        {
            return Results.Redirect($"{request.PathBase}{request.Path}/{request.QueryString}");
        }

        return Serve(context, PageAsset.Index);
    }

    public static IResult Asset(HttpContext context, string name) =>
        PageAsset.Assets.TryGetValue(name, out var asset)
            ? Serve(context, asset)
            : Results.NotFound();

    private static IResult Serve(HttpContext context, PageAsset asset)
    {
        context.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        context.Response.Headers.XFrameOptions = "DENY";
        return Results.Bytes(asset.Content, asset.ContentType);
    }
}
