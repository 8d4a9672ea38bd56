using System.Text.Json;
using AuditLog.CloudEvents;

namespace AuditLog.Kafka.Wire;

/// <summary>
/// A structured-mode record value: the stored payload with the five chain members as its last members. The payload
/// is the bytes up to the comma before <c>"partitionkey"</c>, then <c>}</c>.
/// </summary>
internal static class StructuredRecord
{
    public static SplitRecord Read(byte[] value)
    {
        try
        {
            return Split(value);
        }
        catch (JsonException)
        {
            // The reader's message quotes the offending bytes: not repeated.
            throw new AuditEventFormatException(null, "the record value must be one well-formed JSON object");
        }
    }

    private static SplitRecord Split(byte[] value)
    {
        var reader = new Utf8JsonReader(value);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new AuditEventFormatException(null, "the record value must be a JSON object");
        }

        var strings = new byte[ChainAttributes.Count][];
        var seen = 0;
        var payloadEnd = -1;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var index = ChainIndex(ref reader);
            if (index < 0)
            {
                if (seen > 0)
                {
                    throw new AuditEventFormatException(ChainAttributes.PartitionKey, "and the other chain attributes must be the last members");
                }

                reader.Skip();
                continue;
            }

            if (index < seen)
            {
                throw new AuditEventFormatException(ChainAttributes.Names[index], "must appear once");
            }

            if (index > seen)
            {
                throw new AuditEventFormatException(ChainAttributes.Names[seen], $"is required before '{ChainAttributes.Names[index]}' (the chain attributes are {string.Join(", ", ChainAttributes.Names)}, in that order)");
            }

            if (index == 0)
            {
                payloadEnd = CommaBefore(value, (int)reader.TokenStartIndex);
            }

            reader.Read();
            strings[index] = ReadString(ref reader, ChainAttributes.Names[index], index == 0 ? AuditMessageReader.MaxHeaderBytes : ChainAttributes.MaxFixedLength);
            seen++;
        }

        if (seen < ChainAttributes.Count)
        {
            throw new AuditEventFormatException(ChainAttributes.Names[seen], "is required as a member of the record value");
        }

        // The loop ended on the closing brace; anything after it is refused by the reader.
        reader.Read();

        var payload = new byte[payloadEnd + 1];
        value.AsSpan(0, payloadEnd).CopyTo(payload);
        payload[payloadEnd] = (byte)'}';
        var link = new AuditChainLink(
            ChainAttributes.ParseWriter(strings[1], ChainAttributes.Writer),
            ChainAttributes.ParseSequence(strings[2], ChainAttributes.Sequence),
            ChainAttributes.ParseHash(strings[3], ChainAttributes.Hash),
            ChainAttributes.ParseHash(strings[4], ChainAttributes.PreviousHash));
        return new SplitRecord(payload, strings[0], link);
    }

    private static int ChainIndex(ref Utf8JsonReader reader)
    {
        for (var i = 0; i < ChainAttributes.Count; i++)
        {
            if (reader.ValueTextEquals(ChainAttributes.Names[i]))
            {
                return i;
            }
        }

        return -1;
    }

    // The comma that ends the stored payload's last member (whitespace between is allowed).
    private static int CommaBefore(byte[] value, int nameStart)
    {
        var comma = value.AsSpan(0, nameStart).TrimEnd(" \t\r\n"u8).Length - 1;
        return comma > 0 && value[comma] == (byte)','
            ? comma
            : throw new AuditEventFormatException(ChainAttributes.PartitionKey, "must follow the event's own members");
    }

    private static byte[] ReadString(ref Utf8JsonReader reader, string attribute, int maxBytes)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new AuditEventFormatException(attribute, "must be a JSON string");
        }

        // Escapes only lengthen text: a value this long cannot unescape short enough.
        if (reader.ValueSpan.Length > maxBytes * 6)
        {
            throw TooLong(attribute, maxBytes);
        }

        if (!reader.ValueIsEscaped)
        {
            return reader.ValueSpan.Length <= maxBytes ? reader.ValueSpan.ToArray() : throw TooLong(attribute, maxBytes);
        }

        string text;
        try
        {
            text = reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw new AuditEventFormatException(attribute, "must be valid UTF-8 and UTF-16 once unescaped");
        }

        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        return bytes.Length <= maxBytes ? bytes : throw TooLong(attribute, maxBytes);
    }

    private static AuditEventFormatException TooLong(string attribute, int maxBytes) => new(attribute, $"must be at most {maxBytes} bytes");
}
