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

        return MayHoldCredential(text) ? ScrubAll(text) : text;
    }

    /// <summary>Every pattern replaced where it occurs, masking what names a secret: what <see cref="Scrub"/> must agree with.</summary>
    internal string ScrubAll(string text)
    {
        // Each pattern runs only where its anchor occurs: most values have none.
        var scrubbed = text.Contains("://", StringComparison.Ordinal) && text.Contains('@')
            ? UrlPassword().Replace(text, m => $"{m.Groups["prefix"].Value}{AuditEventRedactor.Mask}@")
            : text;
        scrubbed = scrubbed.Contains('=') ? KeyValue().Replace(scrubbed, MaskWhenSecret) : scrubbed;
        return scrubbed.Contains(':') ? HeaderLine().Replace(scrubbed, MaskWhenSecret) : scrubbed;
    }

    /// <summary>
    /// False when <see cref="Scrub"/> would give the text back unchanged, found without copying: no URL password,
    /// and no key of a <c>key=value</c> pair or header line names a secret (CRNs and principals have many of those).
    /// </summary>
    internal bool MayHoldCredential(ReadOnlySpan<char> text)
    {
        if (text.Contains("://", StringComparison.Ordinal) && text.Contains('@') && UrlPassword().IsMatch(text))
        {
            return true;
        }

        if (text.Contains('='))
        {
            foreach (var match in KeyValue().EnumerateMatches(text))
            {
                if (keys.IsSecret(KeyOf(text.Slice(match.Index, match.Length), dotted: true)))
                {
                    return true;
                }
            }
        }

        if (text.Contains(':'))
        {
            foreach (var match in HeaderLine().EnumerateMatches(text))
            {
                if (keys.IsSecret(KeyOf(text.Slice(match.Index, match.Length), dotted: false)))
                {
                    return true;
                }
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
