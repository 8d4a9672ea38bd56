using System.Text.RegularExpressions;

namespace AuditLog.Pipeline;

/// <summary>
/// Masks credentials inside free text: the password of a URL (<c>postgresql://user:pass@host</c>), the
/// value of a secret-named <c>key=value</c> pair (query strings, connection strings, JAAS options) and of
/// a secret-named header line (<c>Authorization: Bearer …</c>).
/// </summary>
internal sealed partial class CredentialScrubber(SecretKeyMatcher keys)
{
    public string Scrub(string text)
    {
        if (text.Length < 3 || text.AsSpan().IndexOfAny('=', ':') < 0)
        {
            return text;
        }

        // Each pattern runs only where its anchor occurs: most values have none.
        var scrubbed = text.Contains("://", StringComparison.Ordinal) && text.Contains('@')
            ? UrlPassword().Replace(text, m => $"{m.Groups["prefix"].Value}{AuditEventRedactor.Mask}@")
            : text;
        scrubbed = scrubbed.Contains('=') ? KeyValue().Replace(scrubbed, MaskWhenSecret) : scrubbed;
        return scrubbed.Contains(':') ? HeaderLine().Replace(scrubbed, MaskWhenSecret) : scrubbed;
    }

    private string MaskWhenSecret(Match match) =>
        keys.IsSecret(match.Groups["key"].Value)
            ? $"{match.Groups["key"].Value}{match.Groups["separator"].Value}{AuditEventRedactor.Mask}"
            : match.Value;

    [GeneratedRegex(@"(?<prefix>[a-zA-Z][a-zA-Z0-9+.\-]*://[^:/?#@\s]*:)[^@/?#\s]*@", RegexOptions.CultureInvariant)]
    private static partial Regex UrlPassword();

    [GeneratedRegex(@"(?<key>[\p{L}\p{N}\p{Cf}_.\-]+)(?<separator>\s*=\s*)(?:""[^""]*""|'[^']*'|[^&;,\s""']*)", RegexOptions.CultureInvariant)]
    private static partial Regex KeyValue();

    [GeneratedRegex(@"^(?<key>[\p{L}\p{N}\p{Cf}_\-]+)(?<separator>[ \t]*:[ \t]*)[^\r\n]*", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex HeaderLine();
}
