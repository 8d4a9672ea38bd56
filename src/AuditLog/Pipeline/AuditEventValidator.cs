using System.Net;
using System.Text.Json;

namespace AuditLog.Pipeline;

/// <summary>Checks an event before it is accepted; each rule names the field it concerns.</summary>
internal sealed class AuditEventValidator(int maxMetadataBytes)
{
    public const int MaxIdentifierLength = 512;

    public void Validate(AuditEvent auditEvent)
    {
        ArgumentNullException.ThrowIfNull(auditEvent);
        var type = auditEvent.Type ?? throw new AuditValidationException("type", "is required");
        var resource = auditEvent.Resource ?? throw new AuditValidationException("resource", "is required");
        if (!ReferenceEquals(AuditCatalogue.Find(type.Name), type))
        {
            throw new AuditValidationException("type", "must be an entry of the catalogue");
        }

        if (!ReferenceEquals(resource.Type, type.ResourceType))
        {
            throw new AuditValidationException("resource.type", $"must be {type.ResourceType.Name} for {type.Name}");
        }

        TextRules.Check("resource.address", resource.Address);
        if (!type.ResourceType.Template.Matches(resource.Address))
        {
            throw new AuditValidationException("resource.address", $"must match the template '{type.ResourceType.Template.Text}'");
        }

        ValidateActor(auditEvent.Actor);
        ValidateOutcome(auditEvent.Outcome);
        ValidateMetadata(type, auditEvent.Metadata);
        ValidateClient(auditEvent.Client);
        CheckIdentifier("correlationId", auditEvent.CorrelationId, required: false);
        CheckIdentifier("traceId", auditEvent.TraceId, required: false);
        if (type.Family == AuditEventFamily.Confluent)
        {
            ValidateConfluent(auditEvent);
        }
    }

    // A Confluent event is written as its data alone: what the columns store must be what the data says, or the
    // stored row and its payload would disagree.
    private static void ValidateConfluent(AuditEvent auditEvent)
    {
        if (auditEvent.Metadata.GetString(ConfluentData.ResourceName) != auditEvent.Resource.Address)
        {
            throw new AuditValidationException("metadata.resourceName", "must be the resource CRN (the CloudEvents subject)");
        }

        var derived = ConfluentData.Derive(auditEvent);
        if (derived.Actor != auditEvent.Actor || derived.Outcome != auditEvent.Outcome || derived.Client != auditEvent.Client)
        {
            throw new AuditValidationException("actor", "must agree with the Confluent data (authenticationInfo, authorizationInfo.granted or result, requestMetadata): create the event with Record(...)");
        }

        if (auditEvent.Metadata.ContainsKey(CloudEvents.AuditEventJsonNames.CorrelationId) || auditEvent.Metadata.ContainsKey(CloudEvents.AuditEventJsonNames.TraceId))
        {
            throw new AuditValidationException("metadata", "must not hold correlationId or traceId for a Confluent event: they are the event's own fields");
        }
    }

    private static void ValidateActor(AuditActor? actor)
    {
        if (actor is null)
        {
            throw new AuditValidationException("actor", "is required");
        }

        if (!Enum.IsDefined(actor.Kind))
        {
            throw new AuditValidationException("actor.kind", "must be a defined ActorKind");
        }

        CheckIdentifier("actor.id", actor.Id, required: true);
        CheckIdentifier("actor.displayName", actor.DisplayName, required: false);
    }

    private static void ValidateOutcome(AuditOutcome? outcome)
    {
        if (outcome is null)
        {
            throw new AuditValidationException("outcome", "is required");
        }

        if (!Enum.IsDefined(outcome.Status))
        {
            throw new AuditValidationException("outcome.status", "must be a defined OutcomeStatus");
        }

        if (outcome.Message is { Length: > 4096 })
        {
            throw new AuditValidationException("outcome.message", "must be at most 4096 characters");
        }

        TextRules.Check("outcome.message", outcome.Message);
    }

    private void ValidateMetadata(AuditEventType type, AuditMetadata? metadata)
    {
        if (metadata is null)
        {
            throw new AuditValidationException("metadata", "is required (use AuditMetadata.Empty)");
        }

        foreach (var key in metadata.Keys)
        {
            if (key.Length > MaxIdentifierLength || key.Any(char.IsControl))
            {
                throw new AuditValidationException("metadata", $"keys must be at most {MaxIdentifierLength} characters without control characters");
            }

            if (TextRules.BrokenRule(key) is { } rule)
            {
                throw new AuditValidationException("metadata", $"keys {rule}");
            }
        }

        foreach (var required in type.RequiredMetadata)
        {
            if (!metadata.ContainsKey(required))
            {
                throw new AuditValidationException($"metadata.{required}", $"is required for {type.Name}");
            }
        }

        foreach (var (key, value) in metadata)
        {
            ValidateValue($"metadata.{key}", value, depth: 0);
        }

        if (metadata.Utf8Size() > maxMetadataBytes)
        {
            throw new AuditValidationException("metadata", $"must be at most {maxMetadataBytes} bytes of JSON");
        }
    }

    // Every reader (PostgreSQL verification and export, the CloudEvents readers) accepts what this allows.
    private static void ValidateValue(string field, JsonElement value, int depth)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                CheckJsonString(field, value);
                break;
            case JsonValueKind.Object or JsonValueKind.Array when depth == AuditMetadata.MaxDepth:
                throw new AuditValidationException(field, $"must not nest objects and arrays more than {AuditMetadata.MaxDepth} levels deep");
            case JsonValueKind.Object:
                foreach (var property in value.EnumerateObject())
                {
                    if (TextRules.BrokenRule(property.Name) is { } rule)
                    {
                        throw new AuditValidationException(field, $"keys {rule}");
                    }

                    ValidateValue(field, property.Value, depth + 1);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in value.EnumerateArray())
                {
                    ValidateValue(field, item, depth + 1);
                }

                break;
        }
    }

    private static void CheckJsonString(string field, JsonElement value)
    {
        string text;
        try
        {
            text = value.GetString()!;
        }
        catch (InvalidOperationException)
        {
            // An escaped lone surrogate (\ud800) in parsed JSON cannot be read as a string.
            throw new AuditValidationException(field, TextRules.NoLoneSurrogates);
        }

        TextRules.Check(field, text);
    }

    private static void ValidateClient(AuditClient? client)
    {
        if (client is null)
        {
            return;
        }

        if (client.IpAddress is not null && !IPAddress.TryParse(client.IpAddress, out _))
        {
            throw new AuditValidationException("client.ipAddress", "must be an IPv4 or IPv6 address");
        }

        if (client.UserAgent is { } agent && (agent.Length > 1024 || agent.Any(char.IsControl)))
        {
            throw new AuditValidationException("client.userAgent", "must be at most 1024 characters without control characters");
        }

        TextRules.Check("client.userAgent", client.UserAgent);
    }

    private static void CheckIdentifier(string field, string? value, bool required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required || value is { Length: > 0 })
            {
                throw new AuditValidationException(field, "must not be empty");
            }

            return;
        }

        if (value.Length > MaxIdentifierLength)
        {
            throw new AuditValidationException(field, $"must be at most {MaxIdentifierLength} characters");
        }

        if (value.Any(char.IsControl))
        {
            throw new AuditValidationException(field, "must not contain control characters");
        }

        TextRules.Check(field, value);
    }
}
