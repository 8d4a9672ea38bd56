namespace AuditLog.Pipeline;

/// <summary>
/// Rules every stored string obeys, because PostgreSQL refuses NUL in text and <c>jsonb</c>, and a
/// UTF-16 surrogate without its pair cannot be encoded as UTF-8 (encoders either throw or silently
/// store U+FFFD, so what is stored would differ from what was logged).
/// </summary>
internal static class TextRules
{
    public const string NoNul = "must not contain NUL characters (U+0000)";
    public const string NoLoneSurrogates = "must not contain unpaired UTF-16 surrogates";

    /// <summary>The rule <paramref name="text"/> breaks, or <see langword="null"/> when it breaks none.</summary>
    public static string? BrokenRule(ReadOnlySpan<char> text)
    {
        if (text.Contains('\0'))
        {
            return NoNul;
        }

        return HasLoneSurrogate(text) ? NoLoneSurrogates : null;
    }

    /// <summary>Throws <see cref="AuditValidationException"/> naming <paramref name="field"/> when <paramref name="text"/> breaks a rule.</summary>
    public static void Check(string field, string? text)
    {
        if (text is not null && BrokenRule(text) is { } rule)
        {
            throw new AuditValidationException(field, rule);
        }
    }

    public static bool HasLoneSurrogate(ReadOnlySpan<char> text)
    {
        int index;
        while ((index = text.IndexOfAnyInRange('\uD800', '\uDFFF')) >= 0)
        {
            if (!char.IsHighSurrogate(text[index]) || index + 1 == text.Length || !char.IsLowSurrogate(text[index + 1]))
            {
                return true;
            }

            text = text[(index + 2)..];
        }

        return false;
    }
}
