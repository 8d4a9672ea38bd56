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

    /// <summary>The error for input <see cref="Utf8JsonReader"/> refused, with where it stopped.</summary>
    public static AuditEventFormatException NotWellFormed(JsonException e)
    {
        var where = e.LineNumber is { } line && e.BytePositionInLine is { } position ? $" (line {line + 1}, byte {position + 1})" : string.Empty;
        return new AuditEventFormatException(null, $"the input is not well-formed JSON{where}");
    }
}
