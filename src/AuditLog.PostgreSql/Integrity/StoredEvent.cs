using AuditLog.PostgreSql.Schema;
using AuditLog.PostgreSql.Writing;
using Npgsql;

namespace AuditLog.PostgreSql.Integrity;

/// <summary>One row of the events table as the verifier reads it: its chain link and its column values.</summary>
internal sealed record StoredEvent(Guid WriterId, long Sequence, byte[] PreviousHash, byte[] Hash, EventRow Columns)
{
    /// <summary>The columns <see cref="Read"/> expects, in order.</summary>
    public const string SelectList =
        $"{EventsTable.WriterId}, {EventsTable.Sequence}, {EventsTable.PreviousHash}, {EventsTable.Hash}, {EventsTable.Id}, {EventsTable.Time}, " +
        $"{EventsTable.EventType}, {EventsTable.Family}, {EventsTable.ResourceType}, {EventsTable.ResourceAddress}, " +
        $"{EventsTable.ActorKind}, {EventsTable.ActorId}, {EventsTable.Outcome}, {EventsTable.Payload}";

    public Guid Id => Columns.Id;

    public string Payload => Columns.Payload;

    public static StoredEvent Read(NpgsqlDataReader reader) => new(
        reader.GetGuid(0),
        reader.GetInt64(1),
        reader.GetFieldValue<byte[]>(2),
        reader.GetFieldValue<byte[]>(3),
        new EventRow(
            reader.GetGuid(4),
            reader.GetFieldValue<DateTimeOffset>(5),
            reader.GetString(6),
            reader.GetString(7),
            reader.GetString(8),
            reader.GetString(9),
            reader.GetString(10),
            reader.GetString(11),
            reader.GetString(12),
            reader.GetString(13)));
}
