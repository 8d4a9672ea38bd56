namespace AuditLog.PostgreSql.Reading;

/// <summary>One row as read: its keyset position (time, id) and its CloudEvent payload.</summary>
internal readonly record struct StoredEvent(Guid Id, DateTime Time, string Payload)
{
    public AuditEvent ToEvent() => Writing.EventRow.ReadPayload(Payload);

    public PageCursor Cursor => new(Time, Id);
}
