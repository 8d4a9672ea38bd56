using AuditLog.PostgreSql.Schema;
using AuditLog.PostgreSql.Writing;

namespace AuditLog.PostgreSql.Integrity;

/// <summary>One row of the events table as the verifier reads it: its chain link and its column values.</summary>
internal sealed record StoredEvent(Guid WriterId, long Sequence, byte[] PreviousHash, byte[] Hash, EventRow Columns)
{
    /// <summary>The columns <see cref="Row"/> maps, in its order and under its names.</summary>
    public static string SelectList => EventColumns.AliasedNames;

    public Guid Id => Columns.Id;

    public string Payload => Columns.Payload;

    /// <summary>
    /// The row as Dapper reads it: the columns of <see cref="SelectList"/> (<see cref="EventColumns"/>) by name (PostgreSQL folds the aliases
    /// to lower case; Dapper ignores case) and in order, each of the type Npgsql reads it as (timestamptz as UTC
    /// <see cref="DateTime"/>).
    /// </summary>
    internal sealed record Row(
        Guid Id,
        DateTime Time,
        string EventType,
        string Family,
        string ResourceType,
        string ResourceAddress,
        string ActorKind,
        string ActorId,
        string Outcome,
        string Payload,
        Guid WriterId,
        long Sequence,
        byte[] PreviousHash,
        byte[] Hash)
    {
        public StoredEvent ToStoredEvent() => new(
            WriterId,
            Sequence,
            PreviousHash,
            Hash,
            new EventRow(Id, new DateTimeOffset(Time, TimeSpan.Zero), EventType, Family, ResourceType, ResourceAddress, ActorKind, ActorId, Outcome, Payload));
    }
}
