using System.Text.Json;

namespace AuditLog.CloudEvents;

/// <summary>What the strict readers say about the JSON they were given, in one wording.</summary>
internal static class JsonTokens
{
    /// <summary>A token as a message names it: "an object", "a number"…</summary>
    public static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };

    /// <summary>A JSON value kind, in the same words as <see cref="Describe(JsonTokenType)"/>.</summary>
    public static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => kind.ToString().ToLowerInvariant(),
    };

    /// <summary>
    /// A reader on the first token of <paramref name="utf8Json"/>, which must open
    /// <paramref name="what"/> (<c>a structured CloudEvent</c>): an object, or an array when
    /// <paramref name="array"/> is set.
    /// </summary>
    /// <exception cref="AuditEventFormatException">The input is empty or starts with another token.</exception>
    public static Utf8JsonReader Open(ReadOnlySpan<byte> utf8Json, JsonReaderOptions options, string what, bool array)
    {
        var shape = array ? "JSON array" : "JSON object";
        if (utf8Json.Trim(" \t\r\n"u8).IsEmpty)
        {
            throw new AuditEventFormatException(null, $"the input is empty; {what} is one {shape}");
        }

        var reader = new Utf8JsonReader(utf8Json, options);
        reader.Read();
        if (reader.TokenType != (array ? JsonTokenType.StartArray : JsonTokenType.StartObject))
        {
            throw new AuditEventFormatException(null, $"{what} must be a {shape}, not {Describe(reader.TokenType)}");
        }

        return reader;
    }

    /// <summary>The error for input <see cref="Utf8JsonReader"/> refused, with where it stopped.</summary>
    public static AuditEventFormatException NotWellFormed(JsonException e)
    {
        var where = e.LineNumber is { } line && e.BytePositionInLine is { } position ? $" (line {line + 1}, byte {position + 1})" : string.Empty;
        return new AuditEventFormatException(null, $"the input is not well-formed JSON{where}");
    }
}
