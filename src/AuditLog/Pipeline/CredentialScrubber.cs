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

        // A pattern rewrites the text only where it finds something to mask: CRNs, principals and most URLs have
        // many key=value pairs and "name:" prefixes, and no secret among them.
        var scrubbed = HasUrlPassword(text) ? UrlPassword().Replace(text, m => $"{m.Groups["prefix"].Value}{AuditEventRedactor.Mask}@") : text;
        scrubbed = HasSecretKey(KeyValue(), scrubbed, dotted: true) ? KeyValue().Replace(scrubbed, MaskWhenSecret) : scrubbed;
        return HasSecretKey(HeaderLine(), scrubbed, dotted: false) ? HeaderLine().Replace(scrubbed, MaskWhenSecret) : scrubbed;
    }

    /// <summary>Every pattern replaced wherever it occurs, masking what names a secret: what <see cref="Scrub"/> must agree with.</summary>
    internal string ScrubAll(string text)
    {
        var scrubbed = text.Contains("://", StringComparison.Ordinal) && text.Contains('@')
            ? UrlPassword().Replace(text, m => $"{m.Groups["prefix"].Value}{AuditEventRedactor.Mask}@")
            : text;
        scrubbed = scrubbed.Contains('=') ? KeyValue().Replace(scrubbed, MaskWhenSecret) : scrubbed;
        return scrubbed.Contains(':') ? HeaderLine().Replace(scrubbed, MaskWhenSecret) : scrubbed;
    }

    private static bool HasUrlPassword(ReadOnlySpan<char> text) =>
        text.Contains("://", StringComparison.Ordinal) && text.Contains('@') && UrlPassword().IsMatch(text);

    // Whether a match of the key=value or header pattern has a secret key, found without copying anything.
    private bool HasSecretKey(Regex pattern, ReadOnlySpan<char> text, bool dotted)
    {
        if (text.IndexOfAny('=', ':') < 0)
        {
            return false;
        }

        foreach (var match in pattern.EnumerateMatches(text))
        {
            if (keys.IsSecret(KeyOf(text.Slice(match.Index, match.Length), dotted)))
            {
                return true;
            }
        }

        return false;
    }

    // The key group of a match: the run of key characters it starts with ([\p{L}\p{N}\p{Cf}_.\-], '.' only for a pair).
    private static ReadOnlySpan<char> KeyOf(ReadOnlySpan<char> match, bool dotted)
    {
        var length = 0;
        while (length < match.Length && IsKeyChar(match[length], dotted))
        {
            length++;
        }

        return match[..length];
    }

    private static bool IsKeyChar(char c, bool dotted) =>
        char.IsLetter(c) || char.IsNumber(c) || c is '_' or '-' || (dotted && c == '.')
        || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format;

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
