using System.Text.Json;

namespace AuditLog.CloudEvents;

/// <summary>
/// The strict reader of the CloudEvents 1.0 JSON format: one pass over the UTF-8 input with
/// <see cref="Utf8JsonReader"/>, each member checked as it is read, every problem reported as a
/// <see cref="AuditEventFormatException"/> naming the member.
/// </summary>
internal static class CloudEventJsonReader
{
    private const int MaxDepth = 64;

    private static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = MaxDepth };

    private static readonly JsonDocumentOptions DataOptions = new() { MaxDepth = MaxDepth, AllowDuplicateProperties = false };

    public static WireCloudEvent Read(ReadOnlySpan<byte> utf8Json)
    {
        try
        {
            return ReadEvent(utf8Json);
        }
        catch (JsonException e)
        {
            throw JsonTokens.NotWellFormed(e);
        }
    }

    private static WireCloudEvent ReadEvent(ReadOnlySpan<byte> utf8Json)
    {
        var reader = JsonTokens.Open(utf8Json, ReaderOptions, "a structured CloudEvent", array: false);

        string? specVersion = null, id = null, source = null, type = null, contentType = null, subject = null;
        Uri? schema = null;
        DateTimeOffset? time = null;
        JsonElement? data = null;
        byte[]? dataBase64 = null;
        OrderedDictionary<string, object>? extensions = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = ReadName(ref reader);
            if (!seen.Add(name))
            {
                throw new AuditEventFormatException(CloudEventRules.Printable(name), "appears more than once; member names must be unique");
            }

            reader.Read();
            switch (name)
            {
                case CloudEventRules.SpecVersion:
                    specVersion = ReadString(ref reader, name);
                    break;
                case CloudEventRules.Id:
                    id = ReadString(ref reader, name);
                    break;
                case CloudEventRules.Source:
                    source = ReadString(ref reader, name);
                    break;
                case CloudEventRules.Type:
                    type = ReadString(ref reader, name);
                    break;
                case CloudEventRules.DataContentType:
                    contentType = ReadString(ref reader, name);
                    break;
                case CloudEventRules.DataSchema:
                    var schemaText = ReadString(ref reader, name);
                    Check(name, schemaText is null ? null : CloudEventRules.CheckDataSchema(schemaText, out schema));
                    break;
                case CloudEventRules.Subject:
                    subject = ReadString(ref reader, name);
                    break;
                case CloudEventRules.Time:
                    time = ReadTime(ref reader);
                    break;
                case CloudEventRules.Data:
                    data = ReadData(ref reader, utf8Json);
                    break;
                case CloudEventRules.DataBase64:
                    dataBase64 = ReadBase64(ref reader);
                    break;
                default:
                    ReadExtension(ref reader, name, ref extensions);
                    break;
            }
        }

        // Anything after the object (a second value, stray text) makes the reader throw here.
        reader.Read();

        return WireCloudEventFactory.Create(specVersion, id, source, type, time, contentType, schema, subject, extensions, data, dataBase64);
    }

    private static string ReadName(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw new AuditEventFormatException(null, "a member name contains an unpaired surrogate escape");
        }
    }

    // A JSON null is an unset attribute (JSON format, section 2.2).
    private static string? ReadString(ref Utf8JsonReader reader, string attribute)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.String:
                try
                {
                    return reader.GetString();
                }
                catch (InvalidOperationException)
                {
                    throw new AuditEventFormatException(CloudEventRules.Printable(attribute), "contains an unpaired surrogate escape");
                }

            default:
                throw new AuditEventFormatException(CloudEventRules.Printable(attribute), $"must be a JSON string, not {JsonTokens.Describe(reader.TokenType)}");
        }
    }

    private static DateTimeOffset? ReadTime(ref Utf8JsonReader reader)
    {
        var text = ReadString(ref reader, CloudEventRules.Time);
        if (text is null)
        {
            return null;
        }

        return Rfc3339.TryParse(text, out var time) ? time : throw new AuditEventFormatException(CloudEventRules.Time, Rfc3339.Rule);
    }

    // The data member is kept as its own JSON value, checked for duplicate member names at any depth.
    private static JsonElement ReadData(ref Utf8JsonReader reader, ReadOnlySpan<byte> utf8Json)
    {
        var start = checked((int)reader.TokenStartIndex);
        reader.Skip();
        var end = checked((int)reader.BytesConsumed);
        try
        {
            return JsonElement.Parse(utf8Json[start..end], DataOptions);
        }
        catch (JsonException)
        {
            throw new AuditEventFormatException(CloudEventRules.Data, "contains a duplicate member name");
        }
    }

    private static byte[]? ReadBase64(ref Utf8JsonReader reader)
    {
        var text = ReadString(ref reader, CloudEventRules.DataBase64);
        if (text is null)
        {
            return null;
        }

        try
        {
            return Convert.FromBase64String(text);
        }
        catch (FormatException)
        {
            throw new AuditEventFormatException(CloudEventRules.DataBase64, "must be Base64 text (RFC 4648)");
        }
    }

    private static void ReadExtension(ref Utf8JsonReader reader, string name, ref OrderedDictionary<string, object>? extensions)
    {
        // Names and string characters are checked with the other attributes, in WireCloudEventFactory.
        var shown = CloudEventRules.Printable(name);
        object? value;
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return;
            case JsonTokenType.String:
                value = ReadString(ref reader, name)!;
                break;
            case JsonTokenType.True or JsonTokenType.False:
                value = reader.GetBoolean();
                break;
            case JsonTokenType.Number:
                value = reader.TryGetInt32(out var number)
                    ? number
                    : throw new AuditEventFormatException(shown, "must be an integer from -2147483648 to 2147483647 (the CloudEvents Integer type; there are no other numbers)");
                break;
            default:
                throw new AuditEventFormatException(shown, $"must be a string, boolean or integer, not {JsonTokens.Describe(reader.TokenType)}: the JSON format does not allow objects or arrays as attribute values");
        }

        (extensions ??= new(StringComparer.Ordinal)).Add(name, value);
    }

    private static void Check(string attribute, string? problem)
    {
        if (problem is not null)
        {
            throw new AuditEventFormatException(attribute, problem);
        }
    }
}
