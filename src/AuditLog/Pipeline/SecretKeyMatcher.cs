using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace AuditLog.Pipeline;

/// <summary>
/// Decides whether a key names a secret: its skeleton (compatibility-normalised, lower-cased, without
/// separators or invisible characters, Cyrillic and Greek look-alikes read as Latin) contains one of the
/// configured words. The skeleton defeats keys disguised as <c>pa\u200Bssword</c> or <c>pаssword</c>.
/// </summary>
/// <remarks>
/// Events repeat the same few keys, and a skeleton costs a normalisation and a copy: decisions are remembered, for
/// at most <see cref="CacheCapacity"/> short keys, so a caller sending ever new keys cannot make the cache grow.
/// </remarks>
internal sealed class SecretKeyMatcher
{
    public const int CacheCapacity = 4096;
    public const int MaxCachedKeyLength = 128;

    private readonly string[] words;
    private readonly ConcurrentDictionary<string, bool> decisions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool>.AlternateLookup<ReadOnlySpan<char>> decisionsBySpan;
    private int cached;

    public SecretKeyMatcher(IEnumerable<string> redactedKeys)
    {
        words = redactedKeys.Select(Skeleton).Where(w => w.Length > 0).Distinct().ToArray();
        decisionsBySpan = decisions.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>How many decisions are remembered (at most <see cref="CacheCapacity"/>, give or take concurrent callers).</summary>
    public int CachedCount => Volatile.Read(ref cached);

    public bool IsSecret(string key) => IsSecret(key, key);

    public bool IsSecret(ReadOnlySpan<char> key) => IsSecret(key, null);

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

    /// <summary>The decision made from the skeleton every time, never remembered: what the cache must agree with.</summary>
    internal bool Decide(string key)
    {
        var skeleton = Skeleton(key);
        foreach (var word in words)
        {
            if (skeleton.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsSecret(ReadOnlySpan<char> key, string? text)
    {
        if (decisionsBySpan.TryGetValue(key, out var secret))
        {
            return secret;
        }

        text ??= key.ToString();
        secret = Decide(text);
        if (key.Length <= MaxCachedKeyLength && Volatile.Read(ref cached) < CacheCapacity && decisions.TryAdd(text, secret))
        {
            Interlocked.Increment(ref cached);
        }

        return secret;
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
