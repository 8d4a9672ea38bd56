using System.Text.Json;
using AuditLog.CloudEvents;

namespace AuditLog.Kafka.Wire;

/// <summary>
/// The stored payload a binary-mode record stands for: the JSON object
/// <c>{"specversion","id","source","type","time","datacontenttype",["subject",]"data"}</c>, compact, in that order,
/// with the core's escaping — exactly what <see cref="AuditCloudEventMapper"/> writes for an audit event (a
/// <c>subject</c> only for Confluent's event types), so a chain hash computed over the stored payload checks from the record.
/// </summary>
internal static class CanonicalPayload
{
    public static readonly JsonEncodedText[] Members =
    [
        CloudEventJsonNames.SpecVersion,
        CloudEventJsonNames.Id,
        CloudEventJsonNames.Source,
        CloudEventJsonNames.Type,
        CloudEventJsonNames.Time,
        CloudEventJsonNames.DataContentType,
        CloudEventJsonNames.Data,
    ];

    /// <summary>The number of string members before <c>data</c>.</summary>
    public const int StringMembers = 6;

    /// <summary>
    /// Writes the payload; <paramref name="strings"/> are the UTF-8 values of the first six members, and
    /// <paramref name="subject"/> that of <c>subject</c> when the event has one.
    /// </summary>
    public static void Write(Utf8JsonWriter writer, ReadOnlySpan<byte[]> strings, byte[]? subject, ReadOnlySpan<byte> data)
    {
        writer.WriteStartObject();
        for (var i = 0; i < StringMembers; i++)
        {
            writer.WriteString(Members[i], strings[i]);
        }

        if (subject is not null)
        {
            writer.WriteString(CloudEventJsonNames.Subject, subject);
        }

        writer.WritePropertyName(CloudEventJsonNames.Data);
        writer.WriteRawValue(data, skipInputValidation: true);
        writer.WriteEndObject();
    }
}
