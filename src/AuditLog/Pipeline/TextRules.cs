using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Unicode;

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

    /// <summary>
    /// The rule the JSON string <paramref name="value"/> breaks, or <see langword="null"/>. Parsed JSON has no raw
    /// control characters, so in valid UTF-8 only an escape (<c>\u0000</c>, <c>\ud800</c>) can put NUL or a lone
    /// surrogate: a string of valid UTF-8 without a backslash is read from its raw bytes, without decoding it. (The
    /// parser lets invalid UTF-8 through; decoding it fails, and that is refused as a lone surrogate, as it always was.)
    /// </summary>
    public static string? BrokenRule(JsonElement value) => BrokenRule(value, JsonMarshal.GetRawUtf8Value(value));

    /// <summary><see cref="BrokenRule(JsonElement)"/> for a caller that has read the string's raw UTF-8 already.</summary>
    public static string? BrokenRule(JsonElement value, ReadOnlySpan<byte> raw)
    {
        if (IsPlainUtf8(raw))
        {
            return null;
        }

        string text;
        try
        {
            text = value.GetString()!;
        }
        catch (InvalidOperationException)
        {
            // An escaped lone surrogate (\ud800) in parsed JSON cannot be read as a string.
            return NoLoneSurrogates;
        }

        return BrokenRule(text);
    }

    /// <summary>The rule the name of <paramref name="property"/> breaks, read from its raw bytes as <see cref="BrokenRule(JsonElement)"/>.</summary>
    public static string? BrokenRule(JsonProperty property) =>
        IsPlainUtf8(JsonMarshal.GetRawUtf8PropertyName(property)) ? null : BrokenRule(property.Name);

    /// <summary>Whether raw JSON string bytes are valid UTF-8 without an escape: their text is the bytes as they are.</summary>
    public static bool IsPlainUtf8(ReadOnlySpan<byte> raw) => !raw.Contains((byte)'\\') && Utf8.IsValid(raw);

    /// <summary>Whether <paramref name="text"/> has a character <see cref="char.IsControl(char)"/> calls a control character.</summary>
    public static bool HasControl(ReadOnlySpan<char> text) =>
        text.IndexOfAnyInRange('\u0000', '\u001F') >= 0 || text.IndexOfAnyInRange('\u007F', '\u009F') >= 0;

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
