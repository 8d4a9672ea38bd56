using System.Text.Json;
using Names = AuditLog.CloudEvents.AuditEventJsonNames;

namespace AuditLog.CloudEvents;

/// <summary>
/// Writes an <see cref="AuditEvent"/> straight to JSON in Conduktor's CloudEvent shape, with no
/// intermediate <see cref="WireCloudEvent"/> or document: the exporters' hot path. The output is the
/// same, byte for byte, as writing the wire model of <see cref="AuditCloudEventMapper.ToCloudEvent"/>
/// with <see cref="CloudEventJsonFormatter"/>.
/// </summary>
internal static class AuditEventJsonWriter
{
    public static readonly Action<Utf8JsonWriter, AuditEvent> Delegate = static (writer, auditEvent) => Write(writer, auditEvent);

    public static readonly Action<Utf8JsonWriter, AuditEvent> DataDelegate = static (writer, auditEvent) => WriteData(writer, auditEvent);

    /// <summary>
    /// Checks what the envelope needs: an id and a time (the logger assigns both), and a resource
    /// address whose characters a <c>source</c> may hold.
    /// </summary>
    /// <exception cref="ArgumentException">The event cannot be written as a CloudEvent.</exception>
    public static void CheckWritable(AuditEvent auditEvent, string parameter)
    {
        ArgumentNullException.ThrowIfNull(auditEvent, parameter);
        if (auditEvent.Type is null || auditEvent.Resource is null || auditEvent.Actor is null || auditEvent.Outcome is null || auditEvent.Metadata is null)
        {
            throw new ArgumentException("The audit event lacks its type, resource, actor, outcome or metadata.", parameter);
        }

        if (auditEvent.Id == Guid.Empty)
        {
            throw new ArgumentException("The audit event has no id yet (the logger assigns one); the CloudEvents 'id' is required.", parameter);
        }

        if (auditEvent.Time == default)
        {
            throw new ArgumentException("The audit event has no time yet (the logger assigns it); Conduktor's events always carry 'time'.", parameter);
        }

        // Only the character rules: the URI-reference parse (which allocates a Uri per event) cannot
        // fail for an address built from a catalogue template, whose scheme or authority is literal.
        if (CloudEventRules.CheckStringCharacters(auditEvent.Resource.Address) is { } problem)
        {
            throw new ArgumentException($"The audit event's resource address cannot be the CloudEvents 'source': it {problem}.", parameter);
        }

        if (auditEvent.Type.Family == AuditEventFamily.Confluent
            && (auditEvent.Metadata.GetString(ConfluentData.ServiceName) is not { Length: > 0 } serviceName || CloudEventRules.CheckStringCharacters(serviceName) is not null))
        {
            throw new ArgumentException("A Confluent audit event needs its metadata serviceName, a CRN without control characters: it is the CloudEvents 'source'.", parameter);
        }
    }

    /// <summary>
    /// Writes the whole CloudEvent: specversion, id, source, type, time, datacontenttype, data. A Confluent event's
    /// <c>source</c> is its serviceName and it has a <c>subject</c>, its resource CRN, before <c>data</c>.
    /// </summary>
    public static void Write(Utf8JsonWriter writer, AuditEvent auditEvent)
    {
        var confluent = auditEvent.Type.Family == AuditEventFamily.Confluent;
        writer.WriteStartObject();
        writer.WriteString(CloudEventJsonNames.SpecVersion, CloudEventJsonNames.SpecVersionValue);
        writer.WriteString(CloudEventJsonNames.Id, auditEvent.Id);
        writer.WriteString(CloudEventJsonNames.Source, confluent ? auditEvent.Metadata.GetString(ConfluentData.ServiceName) : auditEvent.Resource.Address);
        writer.WriteString(CloudEventJsonNames.Type, auditEvent.Type.CloudEventType);
        Rfc3339.Write(writer, CloudEventJsonNames.Time, auditEvent.Time);
        writer.WriteString(CloudEventJsonNames.DataContentType, Names.DataContentTypeValue);
        if (confluent)
        {
            writer.WriteString(CloudEventJsonNames.Subject, auditEvent.Resource.Address);
        }

        writer.WritePropertyName(CloudEventJsonNames.Data);
        WriteData(writer, auditEvent);
        writer.WriteEndObject();
    }

    /// <summary>Writes the <c>data</c> object: eventType, metadata, actor, outcome, client, correlationId, traceId.</summary>
    public static void WriteData(Utf8JsonWriter writer, AuditEvent auditEvent)
    {
        if (auditEvent.Type.Family == AuditEventFamily.Confluent)
        {
            WriteConfluentData(writer, auditEvent);
            return;
        }

        writer.WriteStartObject();
        writer.WriteString(Names.EventTypeName, auditEvent.Type.Name);
        writer.WritePropertyName(Names.MetadataName);
        auditEvent.Metadata.WriteTo(writer);

        var actor = auditEvent.Actor;
        writer.WriteStartObject(Names.ActorName);
        writer.WriteString(Names.KindName, Names.Of(actor.Kind));
        writer.WriteString(Names.IdName, actor.Id);
        WriteIfSet(writer, Names.DisplayNameName, actor.DisplayName);
        writer.WriteEndObject();

        var outcome = auditEvent.Outcome;
        writer.WriteStartObject(Names.OutcomeName);
        writer.WriteString(Names.StatusName, Names.Of(outcome.Status));
        WriteIfSet(writer, Names.MessageName, outcome.Message);
        writer.WriteEndObject();

        if (auditEvent.Client is { } client)
        {
            writer.WriteStartObject(Names.ClientName);
            WriteIfSet(writer, Names.IpAddressName, client.IpAddress);
            WriteIfSet(writer, Names.UserAgentName, client.UserAgent);
            writer.WriteEndObject();
        }

        WriteIfSet(writer, Names.CorrelationIdName, auditEvent.CorrelationId);
        WriteIfSet(writer, Names.TraceIdName, auditEvent.TraceId);
        writer.WriteEndObject();
    }

    // Confluent's record schema is the metadata itself; the correlation and trace ids follow it, when set, as members
    // Confluent does not define (its schema allows added properties).
    private static void WriteConfluentData(Utf8JsonWriter writer, AuditEvent auditEvent)
    {
        writer.WriteStartObject();
        foreach (var (key, value) in auditEvent.Metadata)
        {
            writer.WritePropertyName(key);
            value.WriteTo(writer);
        }

        WriteIfSet(writer, Names.CorrelationIdName, auditEvent.CorrelationId);
        WriteIfSet(writer, Names.TraceIdName, auditEvent.TraceId);
        writer.WriteEndObject();
    }

    private static void WriteIfSet(Utf8JsonWriter writer, JsonEncodedText name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }
}
