using System.Collections.Frozen;

namespace AuditLog.AspNetCore.Page;

/// <summary>A file of the page, embedded in the assembly: served without a build step, a CDN or the network.</summary>
internal sealed record PageAsset(string Name, string ContentType, byte[] Content)
{
    public static PageAsset Index { get; } = Load("index.html", "text/html; charset=utf-8");

    /// <summary>The files under <c>assets/</c>, by name; nothing else is served from there.</summary>
    public static FrozenDictionary<string, PageAsset> Assets { get; } = new[]
    {
        Load("audit.js", "text/javascript; charset=utf-8"),
        Load("audit.css", "text/css; charset=utf-8"),
        Load("favicon.svg", "image/svg+xml"),
    }.ToFrozenDictionary(a => a.Name, StringComparer.Ordinal);

    private static PageAsset Load(string name, string contentType)
    {
        using var stream = typeof(PageAsset).Assembly.GetManifestResourceStream($"AuditLog.AspNetCore.Page.{name}")
            ?? throw new InvalidOperationException($"The page file {name} is not embedded in the assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return new PageAsset(name, contentType, copy.ToArray());
    }
}
