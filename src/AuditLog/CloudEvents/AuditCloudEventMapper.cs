using System.Buffers;
using System.Text;
using System.Text.Json;
using SdkCloudEvent = CloudNative.CloudEvents.CloudEvent;

namespace AuditLog.CloudEvents;

/// <summary>
/// Maps audit events to CloudEvents in Conduktor's exportable shape and back:
/// <c>{"specversion":"1.0","id":…,"source":&lt;resource address&gt;,"type":"AuditLogEventType(Kafka,Topic,Create)",
/// "time":…,"datacontenttype":"application/json","data":{"eventType":"Kafka.Topic.Create","metadata":{…},
/// "actor":{…},"outcome":{…},"client":{…},"correlationId":…,"traceId":…}}</c>.
/// </summary>
/// <remarks>
/// <para>
/// Two faces. The fast byte path goes straight from the <see cref="AuditEvent"/> to UTF-8 and back
/// (<see cref="Write(AuditEvent, Utf8JsonWriter)"/>, <see cref="ToUtf8Json"/>, <see cref="ToJson"/>,
/// <see cref="FromJson(ReadOnlySpan{byte})"/>): it is what sinks store and exports write, several times
/// faster than the SDK's formatter. The SDK face (<see cref="ToCloudEvent"/>, <see cref="FromCloudEvent"/>)
/// hands out and takes the official SDK's <see cref="SdkCloudEvent"/>, for hosts that route events with
/// the SDK's formatters and bindings. Both agree: the SDK's <c>JsonEventFormatter</c> reads the fast
/// path's bytes as <see cref="ToCloudEvent"/> builds them, and its encoding of that event reads back
/// through <see cref="FromJson(ReadOnlySpan{byte})"/> to an equal audit event.
/// </para>
/// <para>
/// Members left unset (display name, outcome message, client, correlation and trace ids) are omitted.
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

    /// <summary>
    /// The audit event as the CloudEvents SDK's <see cref="SdkCloudEvent"/> (spec version 1.0): the
    /// attributes the fast path writes (<c>id</c>, <c>source</c>, <c>type</c>, <c>time</c> in UTC to
    /// the microsecond, <c>datacontenttype</c> <c>application/json</c>), no extension attributes, and
    /// the <c>data</c> object as a <see cref="JsonElement"/> — what the SDK's <c>JsonEventFormatter</c>
    /// reads back from <see cref="ToUtf8Json"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The event has no id or time yet (the logger assigns them), or lacks a part.</exception>
    public static SdkCloudEvent ToCloudEvent(AuditEvent auditEvent)
    {
        AuditEventJsonWriter.CheckWritable(auditEvent, nameof(auditEvent));
        return SdkCloudEventConverter.ToSdk(auditEvent);
    }

    /// <summary>
    /// Rebuilds the audit event an SDK <see cref="SdkCloudEvent"/> carries. Its <c>data</c> is taken as
    /// the SDK's <c>JsonEventFormatter</c> would write it: a <see cref="JsonElement"/> (what that
    /// formatter reads), a <see cref="JsonDocument"/>, a <c>JsonNode</c> or any object System.Text.Json
    /// serializes to the audit <c>data</c> object.
    /// </summary>
    /// <exception cref="AuditEventFormatException">
    /// The event breaks a CloudEvents rule (a required attribute missing, data in bytes…) or is not an
    /// audit event of the catalogue: unknown <c>data.eventType</c>, a <c>type</c> that disagrees with it,
    /// a <c>source</c> off the resource type's template, an id that is not a UUID, no time, or a member
    /// of the wrong type. The message names the attribute or member and the rule.
    /// </exception>
    public static AuditEvent FromCloudEvent(SdkCloudEvent cloudEvent)
    {
        ArgumentNullException.ThrowIfNull(cloudEvent);
        return AuditEventReader.Read(SdkCloudEventConverter.FromSdk(cloudEvent));
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
    /// <exception cref="AuditEventFormatException">The input is not a valid CloudEvent, or not an audit event of the catalogue.</exception>
    public static AuditEvent FromJson(ReadOnlySpan<byte> utf8Json) =>
        AuditEventReader.Read(CloudEventJsonFormatter.Parse(utf8Json));

    /// <summary>Reads an audit event from a CloudEvent in JSON text.</summary>
    /// <exception cref="AuditEventFormatException">The input is not a valid CloudEvent, or not an audit event of the catalogue.</exception>
    public static AuditEvent FromJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return FromJson(Encoding.UTF8.GetBytes(json));
    }
}
