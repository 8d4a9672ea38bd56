using System.Globalization;
using System.Text;

namespace AuditLog.Pipeline;

/// <summary>
/// Decides whether a key names a secret: its skeleton (compatibility-normalised, lower-cased, without
/// separators or invisible characters, Cyrillic and Greek look-alikes read as Latin) contains one of the
/// configured words. The skeleton defeats keys disguised as <c>pa\u200Bssword</c> or <c>pаssword</c>.
/// </summary>
internal sealed class SecretKeyMatcher
{
    private readonly string[] words;

    public SecretKeyMatcher(IEnumerable<string> redactedKeys) =>
        words = redactedKeys.Select(Skeleton).Where(w => w.Length > 0).Distinct().ToArray();

    public bool IsSecret(string key)
    {
        var skeleton = Skeleton(key);
        return words.Any(word => skeleton.Contains(word, StringComparison.Ordinal));
    }

    internal static string Skeleton(string key)
    {
        var normalized = key.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            if (!IsIgnorable(c))
            {
                builder.Append(char.ToLowerInvariant(Homoglyphs.ToLatin(c)));
            }
        }

        return builder.ToString();
    }

    private static bool IsIgnorable(char c) => char.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.Format // zero-width spaces and joiners, soft hyphen, BOM
            or UnicodeCategory.SpaceSeparator
            or UnicodeCategory.DashPunctuation
            or UnicodeCategory.ConnectorPunctuation
            or UnicodeCategory.NonSpacingMark
            or UnicodeCategory.Control => true,
        _ => c is '.' or ' ',
    };
}
