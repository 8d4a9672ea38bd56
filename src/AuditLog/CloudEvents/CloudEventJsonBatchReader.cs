using System.Text.Json;

namespace AuditLog.CloudEvents;

/// <summary>
/// The JSON batch format (JSON event format, section 4): a JSON array of structured CloudEvents,
/// possibly empty. Each element is read by <see cref="CloudEventJsonReader"/>, so the rules are the
/// same; a broken one is reported with the element's index in front of the member (<c>[1].id</c>).
/// </summary>
internal static class CloudEventJsonBatchReader
{
    private static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = 65 };

    public static IReadOnlyList<WireCloudEvent> Read(ReadOnlySpan<byte> utf8Json)
    {
        try
        {
            return ReadBatch(utf8Json);
        }
        catch (JsonException e)
        {
            throw JsonTokens.NotWellFormed(e);
        }
    }

    private static List<WireCloudEvent> ReadBatch(ReadOnlySpan<byte> utf8Json)
    {
        var reader = JsonTokens.Open(utf8Json, ReaderOptions, "a CloudEvents batch", array: true);

        var events = new List<WireCloudEvent>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var index = $"[{events.Count}]";
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw new AuditEventFormatException(index, $"must be a JSON object (a structured CloudEvent), not {JsonTokens.Describe(reader.TokenType)}");
            }

            var start = checked((int)reader.TokenStartIndex);
            reader.Skip();
            var element = utf8Json[start..checked((int)reader.BytesConsumed)];
            try
            {
                events.Add(CloudEventJsonReader.Read(element));
            }
            catch (AuditEventFormatException e)
            {
                throw new AuditEventFormatException(e.Attribute is null ? index : $"{index}.{e.Attribute}", e.Rule);
            }
        }

        // Anything after the array (a second value, stray text) makes the reader throw here.
        reader.Read();
        return events;
    }
}
