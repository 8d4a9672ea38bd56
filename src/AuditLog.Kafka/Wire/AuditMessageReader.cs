using System.Text;
using System.Text.Unicode;
using AuditLog.CloudEvents;
using Confluent.Kafka;

namespace AuditLog.Kafka.Wire;

/// <summary>
/// Reads a record of the audit topic in either content mode, rebuilding the stored payload as docs/kafka.md ("How a
/// consumer checks the topic", step 1) says. Records come from whoever can write to the topic: every problem is an
/// <see cref="AuditEventFormatException"/> naming the part and the rule, never the offending content.
/// </summary>
internal static class AuditMessageReader
{
    /// <summary>The largest record value read: above the largest event the core accepts (16 MiB of metadata).</summary>
    public const int MaxValueBytes = 32 * 1024 * 1024;

    /// <summary>The largest key or header value read.</summary>
    public const int MaxHeaderBytes = 64 * 1024;

    /// <exception cref="AuditEventFormatException">The record is not an audit record.</exception>
    public static AuditTopicMessage Read(Message<byte[], byte[]> message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var key = Text(message.Key, "key", MaxHeaderBytes);
        var value = Text(message.Value, "value", MaxValueBytes);
        SplitRecord record;
        var binary = HasHeader(message.Headers, BindingHeaders.SpecVersion);
        if (binary)
        {
            record = BinaryRecord.Read(message.Headers!, value);
        }
        else
        {
            CheckStructuredHeaders(message.Headers);
            record = StructuredRecord.Read(value);
        }

        if (!record.PartitionKey.SequenceEqual(key))
        {
            throw new AuditEventFormatException(ChainAttributes.PartitionKey, "must equal the record key");
        }

        var auditEvent = AuditCloudEventMapper.FromJson(record.Payload);
        if (binary && auditEvent.Type.Family != AuditEventFamily.Confluent && HasHeader(message.Headers, BindingHeaders.Subject))
        {
            // Only Confluent's event types are written with a subject: on any other, the header was added to the record.
            throw new AuditEventFormatException(BindingHeaders.Subject, "is not an attribute of an audit record of this type");
        }

        if (!string.Equals(auditEvent.Resource.Address, Encoding.UTF8.GetString(key), StringComparison.Ordinal))
        {
            throw new AuditEventFormatException("key", "must be the event's resource address (its source; its subject for a Confluent event)");
        }

        return new AuditTopicMessage(record.Payload, record.Link, auditEvent);
    }

    /// <summary>The bytes of a key, value or header: present, not too long, UTF-8.</summary>
    public static byte[] Text(byte[]? bytes, string part, int maxBytes)
    {
        if (bytes is null || bytes.Length == 0)
        {
            throw new AuditEventFormatException(part, "is required");
        }

        if (bytes.Length > maxBytes)
        {
            throw new AuditEventFormatException(part, $"must be at most {maxBytes} bytes");
        }

        return Utf8.IsValid(bytes) ? bytes : throw new AuditEventFormatException(part, "must be UTF-8");
    }

    private static bool HasHeader(Headers? headers, string name)
    {
        if (headers is not null)
        {
            foreach (var header in headers)
            {
                if (header.Key == name)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static void CheckStructuredHeaders(Headers? headers)
    {
        byte[]? contentType = null;
        foreach (var header in headers ?? [])
        {
            if (header.Key == BindingHeaders.ContentType)
            {
                contentType = contentType is null
                    ? Text(header.GetValueBytes(), BindingHeaders.ContentType, MaxHeaderBytes)
                    : throw new AuditEventFormatException(BindingHeaders.ContentType, "must appear once");
            }
            else if (header.Key.StartsWith(BindingHeaders.AttributePrefix, StringComparison.Ordinal))
            {
                throw new AuditEventFormatException(header.Key, $"header must not appear without '{BindingHeaders.SpecVersion}' (binary mode)");
            }
        }

        if (contentType is null)
        {
            throw new AuditEventFormatException(BindingHeaders.ContentType, $"header is required (or '{BindingHeaders.SpecVersion}' for binary mode)");
        }

        if (!IsStructuredContentType(contentType))
        {
            throw new AuditEventFormatException(BindingHeaders.ContentType, $"must be '{BindingHeaders.StructuredContentType}' in structured mode");
        }
    }

    // application/cloudevents+json, with at most a charset parameter, which must be UTF-8 (media types are case-insensitive).
    private static bool IsStructuredContentType(ReadOnlySpan<byte> value)
    {
        var separator = value.IndexOf((byte)';');
        var mediaType = (separator < 0 ? value : value[..separator]).Trim(" \t"u8);
        if (!Ascii.EqualsIgnoreCase(mediaType, "application/cloudevents+json"u8))
        {
            return false;
        }

        if (separator < 0)
        {
            return true;
        }

        var parameter = value[(separator + 1)..].Trim(" \t"u8);
        return Ascii.EqualsIgnoreCase(parameter, "charset=utf-8"u8) || Ascii.EqualsIgnoreCase(parameter, "charset=\"utf-8\""u8);
    }
}
