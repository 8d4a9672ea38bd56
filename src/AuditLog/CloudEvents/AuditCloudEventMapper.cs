using System.Buffers;
using System.Text;
using System.Text.Json;

namespace AuditLog.CloudEvents;

/// <summary>
/// Maps audit events to CloudEvents in Conduktor's exportable shape and back:
/// <c>{"specversion":"1.0","id":…,"source":&lt;resource address&gt;,"type":"AuditLogEventType(Kafka,Topic,Create)",
/// "time":…,"datacontenttype":"application/json","data":{"eventType":"Kafka.Topic.Create","metadata":{…},
/// "actor":{…},"outcome":{…},"client":{…},"correlationId":…,"traceId":…}}</c>.
/// </summary>
/// <remarks>
/// <para>
/// Writing goes straight from the <see cref="AuditEvent"/> to UTF-8 (<see cref="Write(AuditEvent, Utf8JsonWriter)"/>,
/// <see cref="ToUtf8Json"/>, <see cref="ToJson"/>); the result equals writing <see cref="ToCloudEvent"/>
/// with <see cref="CloudEventJsonFormatter"/>, byte for byte. Members left unset (display name,
/// outcome message, client, correlation and trace ids) are omitted.
/// </para>
/// <para>
/// Reading accepts Conduktor's own events, which carry only <c>eventType</c> and <c>metadata</c>:
/// a missing actor reads as <see cref="UnknownActor"/>, a missing outcome as
/// <see cref="AuditOutcome.Success"/>, missing metadata as empty, and <c>data</c> members this
/// library does not know are ignored.
/// </para>
/// </remarks>
public static class AuditCloudEventMapper
{
    /// <summary>The <c>datacontenttype</c> of every audit CloudEvent.</summary>
    public const string DataContentType = "application/json";

    /// <summary>
    /// The actor of an event read without one (Conduktor's exported events carry none):
    /// the system, with id <c>unknown</c>.
    /// </summary>
    public static AuditActor UnknownActor { get; } = AuditActor.System("unknown");

    /// <summary>The audit event as a <see cref="CloudEvent"/>.</summary>
    /// <exception cref="ArgumentException">The event has no id or time yet (the logger assigns them), or lacks a part.</exception>
    public static CloudEvent ToCloudEvent(AuditEvent auditEvent)
    {
        AuditEventJsonWriter.CheckWritable(auditEvent, nameof(auditEvent));
        var data = JsonElement.Parse(JsonOutput.ToUtf8(auditEvent, AuditEventJsonWriter.DataDelegate));
        return new CloudEvent(
            auditEvent.Id.ToString("D"),
            auditEvent.Resource.Address,
            auditEvent.Type.CloudEventType,
            time: auditEvent.Time,
            dataContentType: DataContentType,
            data: data);
    }

    /// <summary>Rebuilds the audit event a CloudEvent carries.</summary>
    /// <exception cref="CloudEventFormatException">
    /// The event is not an audit event of the catalogue: unknown <c>data.eventType</c>, a <c>type</c>
    /// that disagrees with it, a <c>source</c> off the resource type's template, an id that is not a
    /// UUID, no time, or a member of the wrong type. The message names the member.
    /// </exception>
    public static AuditEvent FromCloudEvent(CloudEvent cloudEvent)
    {
        ArgumentNullException.ThrowIfNull(cloudEvent);
        return AuditEventReader.Read(cloudEvent);
    }

    /// <summary>Writes the audit event as one CloudEvent JSON object into <paramref name="writer"/> (not flushed).</summary>
    /// <exception cref="ArgumentException">The event has no id or time yet, or lacks a part.</exception>
    public static void Write(AuditEvent auditEvent, Utf8JsonWriter writer)
    {
        AuditEventJsonWriter.CheckWritable(auditEvent, nameof(auditEvent));
        ArgumentNullException.ThrowIfNull(writer);
        AuditEventJsonWriter.Write(writer, auditEvent);
    }

    /// <summary>Writes the audit event as one CloudEvent, UTF-8 JSON, into <paramref name="output"/>.</summary>
    /// <exception cref="ArgumentException">The event has no id or time yet, or lacks a part.</exception>
    public static void Write(AuditEvent auditEvent, IBufferWriter<byte> output)
    {
        AuditEventJsonWriter.CheckWritable(auditEvent, nameof(auditEvent));
        ArgumentNullException.ThrowIfNull(output);
        JsonOutput.Write(output, auditEvent, AuditEventJsonWriter.Delegate);
    }

    /// <summary>The audit event as a CloudEvent in UTF-8 JSON (a Kafka record value, for example).</summary>
    /// <exception cref="ArgumentException">The event has no id or time yet, or lacks a part.</exception>
    public static byte[] ToUtf8Json(AuditEvent auditEvent)
    {
        AuditEventJsonWriter.CheckWritable(auditEvent, nameof(auditEvent));
        return JsonOutput.ToUtf8(auditEvent, AuditEventJsonWriter.Delegate);
    }

    /// <summary>The audit event as a CloudEvent in JSON text (one line of a JSON export, for example).</summary>
    /// <exception cref="ArgumentException">The event has no id or time yet, or lacks a part.</exception>
    public static string ToJson(AuditEvent auditEvent)
    {
        AuditEventJsonWriter.CheckWritable(auditEvent, nameof(auditEvent));
        return JsonOutput.ToText(auditEvent, AuditEventJsonWriter.Delegate);
    }

    /// <summary>Reads an audit event from a CloudEvent in UTF-8 JSON.</summary>
    /// <exception cref="CloudEventFormatException">The input is not a valid CloudEvent, or not an audit event of the catalogue.</exception>
    public static AuditEvent FromJson(ReadOnlySpan<byte> utf8Json) =>
        AuditEventReader.Read(CloudEventJsonFormatter.Parse(utf8Json));

    /// <summary>Reads an audit event from a CloudEvent in JSON text.</summary>
    /// <exception cref="CloudEventFormatException">The input is not a valid CloudEvent, or not an audit event of the catalogue.</exception>
    public static AuditEvent FromJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return FromJson(Encoding.UTF8.GetBytes(json));
    }
}
