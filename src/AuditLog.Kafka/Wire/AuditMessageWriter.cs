using System.Buffers;
using System.Text;
using System.Text.Json;
using AuditLog.CloudEvents;
using Confluent.Kafka;

namespace AuditLog.Kafka.Wire;

/// <summary>
/// Makes the audit topic's record for a stored payload and its chain link (docs/kafka.md, "On the wire"). The payload
/// is never parsed into an event and written again: structured mode splices the chain members in before its final
/// <c>}</c>, binary mode cuts it into headers and the <c>data</c> bytes.
/// </summary>
internal static class AuditMessageWriter
{
    /// <exception cref="ArgumentException">
    /// The payload is not a JSON object with members; in binary mode, not in the canonical form binary mode carries
    /// (<see cref="CanonicalPayload"/>), or its <c>subject</c> (when it has one) or else its <c>source</c> is not
    /// <paramref name="resourceAddress"/>.
    /// </exception>
    public static Message<byte[], byte[]> Create(string payload, string resourceAddress, AuditChainLink link, AuditMessageFormat format)
    {
        ArgumentNullException.ThrowIfNull(payload);
        ArgumentNullException.ThrowIfNull(resourceAddress);
        ArgumentNullException.ThrowIfNull(link);
        return format switch
        {
            AuditMessageFormat.Structured => Structured(payload, resourceAddress, link),
            AuditMessageFormat.Binary => Binary(payload, resourceAddress, link),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Not a defined message format."),
        };
    }

    private static Message<byte[], byte[]> Structured(string payload, string resourceAddress, AuditChainLink link)
    {
        if (payload.Length < 3 || payload[0] != '{' || payload[^1] != '}' || payload.AsSpan(1, payload.Length - 2).IsWhiteSpace())
        {
            throw new ArgumentException("The payload must be a compact JSON object with members, ending in '}'.", nameof(payload));
        }

        // The chain members are written as an object by a real JSON writer, so the partition key is escaped right; then
        // spliced in.
        return JsonOutput.Written(
            (payload, resourceAddress, link),
            static (writer, record) =>
            {
                writer.WriteStartObject();
                WriteChain(writer, record.resourceAddress, record.link);
                writer.WriteEndObject();
            },
            static (members, record) =>
            {
                var payloadLength = Encoding.UTF8.GetByteCount(record.payload);
                var value = new byte[payloadLength + members.Length - 1];
                Encoding.UTF8.GetBytes(record.payload, value);
                value[payloadLength - 1] = (byte)',';
                members[1..].CopyTo(value.AsSpan(payloadLength));
                return new Message<byte[], byte[]>
                {
                    Key = Encoding.UTF8.GetBytes(record.resourceAddress),
                    Value = value,
                    Headers = new Headers { { BindingHeaders.ContentType, "application/cloudevents+json; charset=UTF-8"u8.ToArray() } },
                };
            });
    }

    private static void WriteChain(Utf8JsonWriter writer, string resourceAddress, AuditChainLink link)
    {
        Span<byte> sequence = stackalloc byte[ChainAttributes.SequenceDigits];
        writer.WriteString(ChainAttributes.PartitionKeyName, resourceAddress);
        writer.WriteString(ChainAttributes.WriterName, link.Writer);
        writer.WriteString(ChainAttributes.SequenceName, sequence[..ChainAttributes.FormatSequence(link.Sequence, sequence)]);
        writer.WriteString(ChainAttributes.HashName, link.Hash);
        writer.WriteString(ChainAttributes.PreviousHashName, link.PreviousHash);
    }

    private static Message<byte[], byte[]> Binary(string payload, string resourceAddress, AuditChainLink link)
    {
        var rented = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(payload.Length));
        try
        {
            var utf8 = rented.AsSpan(0, Encoding.UTF8.GetBytes(payload, rented));
            var strings = new byte[CanonicalPayload.StringMembers][];
            var data = Split(utf8, strings, out var subject);
            CheckCanonical(utf8, strings, subject, data);
            var address = subject ?? strings[2];
            if (!address.AsSpan().SequenceEqual(Encoding.UTF8.GetBytes(resourceAddress)))
            {
                throw new ArgumentException("The payload's 'subject', or 'source' when it has none, must be the resource address.", nameof(resourceAddress));
            }

            var headers = new Headers { { BindingHeaders.ContentType, strings[5] } };
            for (var i = 0; i < BindingHeaders.EnvelopeCount; i++)
            {
                headers.Add(BindingHeaders.Attributes[i], strings[i]);
            }

            if (subject is not null)
            {
                headers.Add(BindingHeaders.Subject, subject);
            }

            Span<byte> sequence = stackalloc byte[ChainAttributes.SequenceDigits];
            var chain = BindingHeaders.Attributes.AsSpan(BindingHeaders.EnvelopeCount);
            headers.Add(chain[0], address);
            headers.Add(chain[1], Encoding.ASCII.GetBytes(link.Writer.ToString("D")));
            headers.Add(chain[2], sequence[..ChainAttributes.FormatSequence(link.Sequence, sequence)].ToArray());
            headers.Add(chain[3], Encoding.ASCII.GetBytes(link.Hash));
            headers.Add(chain[4], Encoding.ASCII.GetBytes(link.PreviousHash));
            return new Message<byte[], byte[]> { Key = address, Value = data.ToArray(), Headers = headers };
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    // Reads the six string members (unescaped), then subject when present, and returns the raw bytes of data; the
    // members must be exactly these.
    private static ReadOnlySpan<byte> Split(ReadOnlySpan<byte> utf8, byte[][] strings, out byte[]? subject)
    {
        subject = null;
        try
        {
            var reader = new Utf8JsonReader(utf8);
            Expect(reader.Read() && reader.TokenType == JsonTokenType.StartObject);
            for (var i = 0; i < CanonicalPayload.StringMembers; i++)
            {
                ExpectMember(ref reader, i);
                Expect(reader.Read() && reader.TokenType == JsonTokenType.String);
                strings[i] = Unescaped(ref reader);
            }

            Expect(reader.Read() && reader.TokenType == JsonTokenType.PropertyName);
            if (reader.ValueTextEquals(CloudEventJsonNames.Subject.EncodedUtf8Bytes))
            {
                Expect(reader.Read() && reader.TokenType == JsonTokenType.String);
                subject = Unescaped(ref reader);
                Expect(reader.Read() && reader.TokenType == JsonTokenType.PropertyName);
            }

            Expect(reader.ValueTextEquals(CanonicalPayload.Members[CanonicalPayload.StringMembers].EncodedUtf8Bytes));
            Expect(reader.Read());
            var start = (int)reader.TokenStartIndex;
            reader.Skip();
            var data = utf8[start..(int)reader.BytesConsumed];
            Expect(reader.Read() && reader.TokenType == JsonTokenType.EndObject && !reader.Read());
            return data;
        }
        catch (JsonException)
        {
            throw NotCanonical();
        }
    }

    private static void ExpectMember(ref Utf8JsonReader reader, int index) =>
        Expect(reader.Read() && reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals(CanonicalPayload.Members[index].EncodedUtf8Bytes));

    private static byte[] Unescaped(ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped)
        {
            return reader.ValueSpan.ToArray();
        }

        var buffer = new byte[reader.ValueSpan.Length];
        return buffer.AsSpan(0, reader.CopyString(buffer)).ToArray();
    }

    // Binary mode carries only what the reader rebuilds byte for byte; anything else would not check.
    private static void CheckCanonical(ReadOnlySpan<byte> utf8, byte[][] strings, byte[]? subject, ReadOnlySpan<byte> data)
    {
        Expect(JsonOutput.Written(
            new CanonicalParts(strings, subject, data, utf8),
            static (writer, parts) => CanonicalPayload.Write(writer, parts.Strings, parts.Subject, parts.Data),
            static (written, parts) => written.SequenceEqual(parts.Expected)));
    }

    private static void Expect(bool condition)
    {
        if (!condition)
        {
            throw NotCanonical();
        }
    }

    private static ArgumentException NotCanonical() =>
        new("In binary mode the payload must be the compact CloudEvent {specversion, id, source, type, time, datacontenttype, data}, in that order, as the core writes it.", "payload");

    // What the canonical payload is written from, and the bytes it must equal.
    private readonly ref struct CanonicalParts(byte[][] strings, byte[]? subject, ReadOnlySpan<byte> data, ReadOnlySpan<byte> expected)
    {
        public byte[][] Strings { get; } = strings;

        public byte[]? Subject { get; } = subject;

        public ReadOnlySpan<byte> Data { get; } = data;

        public ReadOnlySpan<byte> Expected { get; } = expected;
    }
}
