using System.Text.Json;
using AuditLog.CloudEvents;
using Confluent.Kafka;

namespace AuditLog.Kafka.Wire;

/// <summary>
/// A binary-mode record: the attributes as <c>ce_</c> headers, <c>content-type</c> as the <c>datacontenttype</c> and
/// the value as <c>data</c>. The stored payload is rebuilt canonically (<see cref="CanonicalPayload"/>).
/// </summary>
internal static class BinaryRecord
{
    public static SplitRecord Read(Headers headers, byte[] value)
    {
        var attributes = BindingHeaders.Attributes;
        var found = new byte[attributes.Length + 1][];
        byte[]? subject = null;
        foreach (var header in headers)
        {
            if (header.Key == BindingHeaders.Subject)
            {
                subject = subject is null
                    ? AuditMessageReader.Text(header.GetValueBytes(), header.Key, AuditMessageReader.MaxHeaderBytes)
                    : throw new AuditEventFormatException(header.Key, "header must appear once");
                continue;
            }

            var index = header.Key == BindingHeaders.ContentType ? attributes.Length : Array.IndexOf(attributes, header.Key);
            if (index < 0)
            {
                if (header.Key.StartsWith(BindingHeaders.AttributePrefix, StringComparison.Ordinal))
                {
                    // An attribute the stored payload does not hold would travel unchecked by the hash.
                    throw new AuditEventFormatException(header.Key, "is not an attribute of an audit record");
                }

                continue;
            }

            if (found[index] is not null)
            {
                throw new AuditEventFormatException(header.Key, "header must appear once");
            }

            found[index] = AuditMessageReader.Text(header.GetValueBytes(), header.Key, AuditMessageReader.MaxHeaderBytes);
        }

        for (var i = 0; i < found.Length; i++)
        {
            if (found[i] is null)
            {
                throw new AuditEventFormatException(i < attributes.Length ? attributes[i] : BindingHeaders.ContentType, "header is required in binary mode");
            }
        }

        if (!found[^1].AsSpan().SequenceEqual("application/json"u8))
        {
            throw new AuditEventFormatException(BindingHeaders.ContentType, $"must be '{AuditCloudEventMapper.DataContentType}' in binary mode (the event's datacontenttype)");
        }

        CheckOneJsonValue(value);
        var chain = BindingHeaders.EnvelopeCount;
        var link = new AuditChainLink(
            ChainAttributes.ParseWriter(found[chain + 1], attributes[chain + 1]),
            ChainAttributes.ParseSequence(found[chain + 2], attributes[chain + 2]),
            ChainAttributes.ParseHash(found[chain + 3], attributes[chain + 3]),
            ChainAttributes.ParseHash(found[chain + 4], attributes[chain + 4]));

        byte[][] strings = [.. found.AsSpan(0, BindingHeaders.EnvelopeCount), found[^1]];
        var payload = JsonOutput.Written(
            (strings, subject, value),
            static (writer, parts) => CanonicalPayload.Write(writer, parts.strings, parts.subject, parts.value),
            static (written, _) => written.ToArray());
        return new SplitRecord(payload, found[chain], link);
    }

    // The value becomes the payload's data verbatim: it must be exactly one JSON value, or it could smuggle members in.
    private static void CheckOneJsonValue(byte[] value)
    {
        try
        {
            var reader = new Utf8JsonReader(value);
            reader.Read();
            reader.Skip();
            if (reader.Read())
            {
                throw new AuditEventFormatException("data", "must be one JSON value (the record value)");
            }
        }
        catch (JsonException)
        {
            throw new AuditEventFormatException("data", "must be one well-formed JSON value (the record value)");
        }
    }
}
