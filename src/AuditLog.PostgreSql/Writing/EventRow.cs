using AuditLog.CloudEvents;
using AuditLog.PostgreSql.Schema;

namespace AuditLog.PostgreSql.Writing;

/// <summary>
/// The column values of one event's row, before chaining: the filter columns and the payload
/// (the CloudEvent JSON the integrity hash covers). Readers rebuild the event from the payload.
/// </summary>
internal sealed record EventRow(
    Guid Id,
    DateTimeOffset Time,
    string EventType,
    string Family,
    string ResourceType,
    string ResourceAddress,
    string ActorKind,
    string ActorId,
    string Outcome,
    string Payload)
{
    public static EventRow From(AuditEvent auditEvent) => new(
        auditEvent.Id,
        auditEvent.Time,
        auditEvent.Type.Name,
        ColumnValues.Of(auditEvent.Type.Family),
        auditEvent.Resource.Type.Name,
        auditEvent.Resource.Address,
        ColumnValues.Of(auditEvent.Actor.Kind),
        auditEvent.Actor.Id,
        ColumnValues.Of(auditEvent.Outcome.Status),
        AuditCloudEventMapper.ToJson(auditEvent));

    /// <summary>The event a payload holds.</summary>
    public static AuditEvent ReadPayload(string payload) => AuditCloudEventMapper.FromJson(payload);
}
