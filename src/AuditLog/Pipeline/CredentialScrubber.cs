using System.Text;
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
        scrubbed = MaskSecretValues(KeyValue(), scrubbed, header: false);
        return MaskSecretValues(HeaderLine(), scrubbed, header: true);
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

    // What pattern.Replace(text, MaskWhenSecret) gives, in one scan and copying only when a key names a secret: a
    // match is its key, its separator, then its value, which becomes the mask.
    private string MaskSecretValues(Regex pattern, string text, bool header)
    {
        if (text.AsSpan().IndexOf(header ? ':' : '=') < 0)
        {
            return text;
        }

        StringBuilder? masked = null;
        var copied = 0;
        foreach (var found in pattern.EnumerateMatches(text))
        {
            var match = text.AsSpan(found.Index, found.Length);
            var key = KeyOf(match, dotted: !header);
            if (!keys.IsSecret(key))
            {
                continue;
            }

            masked ??= new StringBuilder(text.Length);
            masked.Append(text, copied, found.Index - copied)
                .Append(match[..SeparatorEnd(match, key.Length, header)])
                .Append(AuditEventRedactor.Mask);
            copied = found.Index + found.Length;
        }

        return masked is null ? text : masked.Append(text, copied, text.Length - copied).ToString();
    }

    // The separator group: \s*=\s* for a pair, [ \t]*:[ \t]* for a header line. Greedy, and what follows it (a value,
    // which may be empty) never makes it give back: it ends at the first character after the '=' or ':' that is not space.
    private static int SeparatorEnd(ReadOnlySpan<char> match, int keyLength, bool header)
    {
        var end = keyLength;
        while (IsSeparatorSpace(match[end], header))
        {
            end++;
        }

        end++; // '=' or ':'
        while (end < match.Length && IsSeparatorSpace(match[end], header))
        {
            end++;
        }

        return end;
    }

    // Regex \s is char.IsWhiteSpace.
    private static bool IsSeparatorSpace(char c, bool header) => header ? c is ' ' or '\t' : char.IsWhiteSpace(c);

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
