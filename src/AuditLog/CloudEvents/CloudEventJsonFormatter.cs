using System.Buffers;
using System.Text;
using System.Text.Json;

namespace AuditLog.CloudEvents;

/// <summary>
/// The CloudEvents 1.0 JSON event format (structured mode): writes a <see cref="WireCloudEvent"/> as one
/// JSON object and reads one back, strictly.
/// </summary>
/// <remarks>
/// <para>
/// Members are written in a fixed order: <c>specversion</c>, <c>id</c>, <c>source</c>, <c>type</c>,
/// <c>subject</c>, <c>time</c>, <c>datacontenttype</c>, <c>dataschema</c>, the extensions, then
/// <c>data</c> or <c>data_base64</c>. Times are written in UTC with six fractional digits. The reader
/// accepts members in any order and rejects anything the specification rules out, with a
/// <see cref="AuditEventFormatException"/> that names the member.
/// </para>
/// <para>
/// The overloads that own their writer (<see cref="Serialize"/>, <see cref="SerializeToString"/>,
/// <see cref="Write(WireCloudEvent, IBufferWriter{byte})"/>) leave non-ASCII text and characters such as
/// <c>+</c> and <c>&lt;</c> unescaped, so exports stay readable; <see cref="Write(WireCloudEvent, Utf8JsonWriter)"/>
/// follows the options of the caller's writer.
/// </para>
/// </remarks>
internal static class CloudEventJsonFormatter
{
    /// <summary>The media type of a structured CloudEvent in JSON.</summary>
    public const string MediaType = "application/cloudevents+json";

    /// <summary>The media type of a batch of CloudEvents in JSON.</summary>
    public const string BatchMediaType = "application/cloudevents-batch+json";

    /// <summary>Writes <paramref name="cloudEvent"/> as one JSON object into <paramref name="writer"/> (not flushed).</summary>
    public static void Write(WireCloudEvent cloudEvent, Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(cloudEvent);
        ArgumentNullException.ThrowIfNull(writer);
        CloudEventJsonWriter.Write(writer, cloudEvent);
    }

    /// <summary>Writes <paramref name="cloudEvent"/> as UTF-8 JSON into <paramref name="output"/>.</summary>
    public static void Write(WireCloudEvent cloudEvent, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(cloudEvent);
        ArgumentNullException.ThrowIfNull(output);
        JsonOutput.Write(output, cloudEvent, CloudEventJsonWriter.Delegate);
    }

    /// <summary>The event as UTF-8 JSON.</summary>
    public static byte[] Serialize(WireCloudEvent cloudEvent)
    {
        ArgumentNullException.ThrowIfNull(cloudEvent);
        return JsonOutput.ToUtf8(cloudEvent, CloudEventJsonWriter.Delegate);
    }

    /// <summary>The event as JSON text.</summary>
    public static string SerializeToString(WireCloudEvent cloudEvent)
    {
        ArgumentNullException.ThrowIfNull(cloudEvent);
        return JsonOutput.ToText(cloudEvent, CloudEventJsonWriter.Delegate);
    }

    /// <summary>Reads one structured CloudEvent from UTF-8 JSON.</summary>
    /// <exception cref="AuditEventFormatException">The input is not a valid CloudEvents 1.0 JSON event; the message names the member and the rule.</exception>
    public static WireCloudEvent Parse(ReadOnlySpan<byte> utf8Json) => CloudEventJsonReader.Read(utf8Json);

    /// <summary>Reads a batch (<see cref="BatchMediaType"/>): a JSON array of structured CloudEvents, possibly empty.</summary>
    /// <exception cref="AuditEventFormatException">The input is not a valid batch; the message names the element and member, and the rule.</exception>
    public static IReadOnlyList<WireCloudEvent> ParseBatch(ReadOnlySpan<byte> utf8Json) => CloudEventJsonBatchReader.Read(utf8Json);

    /// <summary>Reads one structured CloudEvent from JSON text.</summary>
    /// <exception cref="AuditEventFormatException">The input is not a valid CloudEvents 1.0 JSON event; the message names the member and the rule.</exception>
    public static WireCloudEvent Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return CloudEventJsonReader.Read(Encoding.UTF8.GetBytes(json));
    }
}
