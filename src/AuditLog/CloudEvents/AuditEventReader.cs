using System.Text.Json;
using Names = AuditLog.CloudEvents.AuditEventJsonNames;

namespace AuditLog.CloudEvents;

/// <summary>
/// Rebuilds an <see cref="AuditEvent"/> from a CloudEvent in Conduktor's shape. Strict on what
/// identifies the event (id, time, type, source, <c>data.eventType</c>) and on the types of the
/// members it knows; lenient on what Conduktor's own events may lack (metadata, actor, outcome…)
/// and silent on members it does not know.
/// </summary>
internal static class AuditEventReader
{
    private const string DataPrefix = "data.";

    public static AuditEvent Read(WireCloudEvent cloudEvent)
    {
        if (!CloudEventRules.IsJson(cloudEvent.DataContentType))
        {
            throw new AuditEventFormatException(CloudEventRules.DataContentType, "must declare JSON content (application/json) for an audit event");
        }

        if (cloudEvent.Data is not { ValueKind: JsonValueKind.Object } data)
        {
            throw new AuditEventFormatException(CloudEventRules.Data, cloudEvent.Data is null ? "is required for an audit event" : "must be a JSON object for an audit event");
        }

        if (AuditCatalogue.FindByCloudEventType(cloudEvent.Type) is ConfluentEventType confluentType)
        {
            return ConfluentEventReader.Read(cloudEvent, confluentType, data);
        }

        var typeName = RequiredString(data, Names.EventType, DataPrefix + Names.EventType);
        var type = AuditCatalogue.Find(typeName)
            ?? throw new AuditEventFormatException(DataPrefix + Names.EventType, "does not name an event type of the catalogue");
        // Either spelling may come from Conduktor (its changelogs use aliases such as IAM.User.Login).
        if (!ReferenceEquals(AuditCatalogue.FindByCloudEventType(cloudEvent.Type), type))
        {
            throw new AuditEventFormatException(CloudEventRules.Type, $"does not agree with '{DataPrefix}{Names.EventType}'");
        }

        return new AuditEvent
        {
            Id = IdOf(cloudEvent),
            Time = TimeOf(cloudEvent),
            Type = type,
            Resource = ReadResource(type, cloudEvent.Source),
            Metadata = ReadMetadata(data),
            Actor = ReadActor(data),
            Outcome = ReadOutcome(data),
            Client = ReadClient(data),
            CorrelationId = OptionalString(data, Names.CorrelationId, DataPrefix + Names.CorrelationId),
            TraceId = OptionalString(data, Names.TraceId, DataPrefix + Names.TraceId),
        };
    }

    internal static Guid IdOf(WireCloudEvent cloudEvent) =>
        Guid.TryParse(cloudEvent.Id, out var id) ? id : throw new AuditEventFormatException(CloudEventRules.Id, "must be a UUID for an audit event");

    internal static DateTimeOffset TimeOf(WireCloudEvent cloudEvent) =>
        cloudEvent.Time is { } time
            ? new DateTimeOffset(time.UtcTicks - (time.UtcTicks % TimeSpan.TicksPerMicrosecond), TimeSpan.Zero)
            : throw new AuditEventFormatException(CloudEventRules.Time, "is required for an audit event");

    internal static AuditResource ReadResource(AuditEventType type, string source)
    {
        try
        {
            return AuditResource.Parse(type.ResourceType, source);
        }
        catch (AuditValidationException)
        {
            throw new AuditEventFormatException(CloudEventRules.Source, $"must be a {type.ResourceType.Name} address following the template '{type.ResourceType.Template.Text}'");
        }
    }

    private static AuditMetadata ReadMetadata(JsonElement data) =>
        OptionalObject(data, Names.Metadata, DataPrefix + Names.Metadata) is { } metadata
            ? AuditMetadata.FromJson(metadata)
            : AuditMetadata.Empty;

    private static AuditActor ReadActor(JsonElement data)
    {
        const string path = DataPrefix + Names.Actor + ".";
        if (OptionalObject(data, Names.Actor, DataPrefix + Names.Actor) is not { } actor)
        {
            return AuditCloudEventMapper.UnknownActor;
        }

        var kind = Names.ActorKindOf(RequiredString(actor, Names.Kind, path + Names.Kind))
            ?? throw new AuditEventFormatException(path + Names.Kind, "must be one of user, serviceAccount, apiKey, application, system");
        var actorId = RequiredString(actor, Names.Id, path + Names.Id);
        if (actorId.Length == 0)
        {
            throw new AuditEventFormatException(path + Names.Id, "must not be empty");
        }

        return new AuditActor(kind, actorId, OptionalString(actor, Names.DisplayName, path + Names.DisplayName));
    }

    private static AuditOutcome ReadOutcome(JsonElement data)
    {
        const string path = DataPrefix + Names.Outcome + ".";
        if (OptionalObject(data, Names.Outcome, DataPrefix + Names.Outcome) is not { } outcome)
        {
            return AuditOutcome.Success;
        }

        var status = Names.StatusOf(RequiredString(outcome, Names.Status, path + Names.Status))
            ?? throw new AuditEventFormatException(path + Names.Status, "must be one of success, failure, denied");
        var message = OptionalString(outcome, Names.Message, path + Names.Message);
        return status == OutcomeStatus.Success && message is null ? AuditOutcome.Success : new AuditOutcome(status, message);
    }

    private static AuditClient? ReadClient(JsonElement data)
    {
        const string path = DataPrefix + Names.Client + ".";
        return OptionalObject(data, Names.Client, DataPrefix + Names.Client) is { } client
            ? new AuditClient(
                OptionalString(client, Names.IpAddress, path + Names.IpAddress),
                OptionalString(client, Names.UserAgent, path + Names.UserAgent))
            : null;
    }

    private static string RequiredString(JsonElement parent, string name, string path) =>
        OptionalString(parent, name, path) ?? throw new AuditEventFormatException(path, "is required");

    // A JSON null is read as an absent member, as the CloudEvents JSON format does for attributes.
    internal static string? OptionalString(JsonElement parent, string name, string path) =>
        parent.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.Null => null,
            JsonValueKind.String => GetString(value, path),
            _ => throw new AuditEventFormatException(path, $"must be a JSON string, not {JsonTokens.Describe(value.ValueKind)}"),
        }
        : null;

    private static JsonElement? OptionalObject(JsonElement parent, string name, string path) =>
        parent.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.Null => null,
            JsonValueKind.Object => value,
            _ => throw new AuditEventFormatException(path, $"must be a JSON object, not {JsonTokens.Describe(value.ValueKind)}"),
        }
        : null;

    private static string GetString(JsonElement value, string path)
    {
        try
        {
            return value.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw new AuditEventFormatException(path, "contains an unpaired surrogate escape");
        }
    }
}
