using System.Text.Json;
using AuditLog.Resources;
using Names = AuditLog.CloudEvents.AuditEventJsonNames;

namespace AuditLog.CloudEvents;

/// <summary>
/// Rebuilds an audit event from a CloudEvent in Confluent's record schema: the resource is the <c>subject</c> CRN
/// (which <c>data.resourceName</c> repeats), <c>source</c> is <c>data.serviceName</c>, the metadata is <c>data</c>, and
/// the actor, outcome and client are derived from it as the factories derive them.
/// </summary>
internal static class ConfluentEventReader
{
    private const string DataPrefix = "data.";

    public static AuditEvent Read(WireCloudEvent cloudEvent, ConfluentEventType type, JsonElement data)
    {
        var id = AuditEventReader.IdOf(cloudEvent);
        var time = AuditEventReader.TimeOf(cloudEvent);
        var serviceName = RequiredString(data, ConfluentData.ServiceName);
        if (!string.Equals(serviceName, cloudEvent.Source, StringComparison.Ordinal))
        {
            throw new AuditEventFormatException(CloudEventRules.Source, $"does not agree with '{DataPrefix}{ConfluentData.ServiceName}'");
        }

        RequiredString(data, ConfluentData.MethodName);
        var resourceName = RequiredString(data, ConfluentData.ResourceName);
        if (cloudEvent.Subject is not { } subject)
        {
            throw new AuditEventFormatException(CloudEventRules.Subject, "is required for a Confluent audit event (the resource CRN)");
        }

        if (!string.Equals(subject, resourceName, StringComparison.Ordinal))
        {
            throw new AuditEventFormatException(CloudEventRules.Subject, $"does not agree with '{DataPrefix}{ConfluentData.ResourceName}'");
        }

        AuditResource resource;
        try
        {
            resource = AuditResource.Parse(ConfluentResource.ResourceType, subject);
        }
        catch (AuditValidationException)
        {
            throw new AuditEventFormatException(CloudEventRules.Subject, "must be a CRN (crn://<authority>/ then kind=name segments)");
        }

        if (data.TryGetProperty(ConfluentData.AuthenticationInfo, out var authentication) && authentication.ValueKind != JsonValueKind.Object)
        {
            throw new AuditEventFormatException(DataPrefix + ConfluentData.AuthenticationInfo, "must be a JSON object");
        }

        var metadata = AuditMetadata.FromJson(data).Without(Names.CorrelationId).Without(Names.TraceId);
        return ConfluentData.Derive(new AuditEvent
        {
            Id = id,
            Time = time,
            Type = type,
            Resource = resource,
            Actor = AuditCloudEventMapper.UnknownActor,
            Metadata = metadata,
            CorrelationId = AuditEventReader.OptionalString(data, Names.CorrelationId, DataPrefix + Names.CorrelationId),
            TraceId = AuditEventReader.OptionalString(data, Names.TraceId, DataPrefix + Names.TraceId),
        });
    }

    private static string RequiredString(JsonElement data, string name) =>
        AuditEventReader.OptionalString(data, name, DataPrefix + name) is { Length: > 0 } value
            ? value
            : throw new AuditEventFormatException(DataPrefix + name, "is required for a Confluent audit event");
}
