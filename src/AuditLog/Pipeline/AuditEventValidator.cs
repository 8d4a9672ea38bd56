using System.Net;
using System.Runtime.InteropServices;
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
        if (!(auditEvent.Metadata.TryGetValue(ConfluentData.ResourceName, out var resourceName)
              && resourceName.ValueKind == JsonValueKind.String
              && resourceName.ValueEquals(auditEvent.Resource.Address)))
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

        foreach (var (key, _) in metadata.Entries)
        {
            if (key.Length > MaxIdentifierLength || TextRules.HasControl(key))
            {
                throw new AuditValidationException("metadata", $"keys must be at most {MaxIdentifierLength} characters without control characters");
            }

            if (TextRules.BrokenRule(key) is { } rule)
            {
                throw new AuditValidationException("metadata", $"keys {rule}");
            }
        }

        var requiredMetadata = type.RequiredMetadata;
        for (var i = 0; i < requiredMetadata.Count; i++)
        {
            var required = requiredMetadata[i];
            if (!metadata.ContainsKey(required))
            {
                throw new AuditValidationException($"metadata.{required}", $"is required for {type.Name}");
            }
        }

        // One pass reads each value's raw UTF-8 once, for its rules and for a bound of the metadata's size.
        long sizeBound = 2;
        foreach (var (key, value) in metadata.Entries)
        {
            var kind = value.ValueKind;
            if (kind == JsonValueKind.Undefined)
            {
                sizeBound = long.MaxValue; // Utf8Size says what is wrong with it
                continue;
            }

            var raw = JsonMarshal.GetRawUtf8Value(value);
            if (kind == JsonValueKind.String)
            {
                if (TextRules.BrokenRule(value, raw) is { } broken)
                {
                    throw new AuditValidationException(Field(key), broken);
                }
            }
            else
            {
                ValidateValue(key, value, depth: 0);
            }

            sizeBound = sizeBound == long.MaxValue ? sizeBound : sizeBound + AuditMetadata.Utf8SizeBound(key, raw);
        }

        // Writing the metadata to count its bytes is the dearest check: done only when the cheap bound allows too much.
        if (sizeBound > maxMetadataBytes && metadata.Utf8Size() > maxMetadataBytes)
        {
            throw new AuditValidationException("metadata", $"must be at most {maxMetadataBytes} bytes of JSON");
        }
    }

    // Every reader (PostgreSQL verification and export, the CloudEvents readers) accepts what this allows. The field
    // (metadata.<key>) is named only when a rule is broken: building it for every value would cost more than the check.
    private static void ValidateValue(string key, JsonElement value, int depth)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                if (TextRules.BrokenRule(value) is { } broken)
                {
                    throw new AuditValidationException(Field(key), broken);
                }

                break;
            case JsonValueKind.Object or JsonValueKind.Array when depth == AuditMetadata.MaxDepth:
                throw new AuditValidationException(Field(key), $"must not nest objects and arrays more than {AuditMetadata.MaxDepth} levels deep");
            case JsonValueKind.Object:
                foreach (var property in value.EnumerateObject())
                {
                    if (TextRules.BrokenRule(property) is { } rule)
                    {
                        throw new AuditValidationException(Field(key), $"keys {rule}");
                    }

                    ValidateValue(key, property.Value, depth + 1);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in value.EnumerateArray())
                {
                    ValidateValue(key, item, depth + 1);
                }

                break;
        }
    }

    private static string Field(string key) => $"metadata.{key}";

    private static void ValidateClient(AuditClient? client)
    {
        if (client is null)
        {
            return;
        }

        if (client.IpAddress is not null && !IPAddress.IsValid(client.IpAddress))
        {
            throw new AuditValidationException("client.ipAddress", "must be an IPv4 or IPv6 address");
        }

        if (client.UserAgent is { } agent && (agent.Length > 1024 || TextRules.HasControl(agent)))
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

        if (TextRules.HasControl(value))
        {
            throw new AuditValidationException(field, "must not contain control characters");
        }

        TextRules.Check(field, value);
    }
}
