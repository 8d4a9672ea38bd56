using Npgsql;
using NpgsqlTypes;

namespace AuditLog.PostgreSql.Schema;

/// <summary>
/// The columns a writer fills in the events table, in their one order: the sink's COPY and INSERT, the verifier's
/// read and the tests' seeders all take the list from here. The rest, the <c>search</c> vector, the database fills
/// itself.
/// </summary>
internal static class EventColumns
{
    public static IReadOnlyList<EventColumn> All { get; } =
    [
        new EventColumn<Guid>(EventsTable.Id, "Id", NpgsqlDbType.Uuid, r => r.Row.Id),
        new EventColumn<DateTimeOffset>(EventsTable.Time, "Time", NpgsqlDbType.TimestampTz, r => r.Row.Time),
        new EventColumn<string>(EventsTable.EventType, "EventType", NpgsqlDbType.Text, r => r.Row.EventType),
        new EventColumn<string>(EventsTable.Family, "Family", NpgsqlDbType.Text, r => r.Row.Family),
        new EventColumn<string>(EventsTable.ResourceType, "ResourceType", NpgsqlDbType.Text, r => r.Row.ResourceType),
        new EventColumn<string>(EventsTable.ResourceAddress, "ResourceAddress", NpgsqlDbType.Text, r => r.Row.ResourceAddress),
        new EventColumn<string>(EventsTable.ActorKind, "ActorKind", NpgsqlDbType.Text, r => r.Row.ActorKind),
        new EventColumn<string>(EventsTable.ActorId, "ActorId", NpgsqlDbType.Text, r => r.Row.ActorId),
        new EventColumn<string>(EventsTable.Outcome, "Outcome", NpgsqlDbType.Text, r => r.Row.Outcome),
        new EventColumn<string>(EventsTable.Payload, "Payload", NpgsqlDbType.Text, r => r.Row.Payload),
        new EventColumn<Guid>(EventsTable.WriterId, "WriterId", NpgsqlDbType.Uuid, r => r.WriterId),
        new EventColumn<long>(EventsTable.Sequence, "Sequence", NpgsqlDbType.Bigint, r => r.Sequence),
        new EventColumn<byte[]>(EventsTable.PreviousHash, "PreviousHash", NpgsqlDbType.Bytea, r => r.PreviousHash),
        new EventColumn<byte[]>(EventsTable.Hash, "Hash", NpgsqlDbType.Bytea, r => r.Hash),
    ];

    /// <summary>The column names, comma-separated, in order: for <c>COPY events (…)</c> and <c>INSERT INTO events (…)</c>.</summary>
    public static string Names { get; } = string.Join(", ", All.Select(c => c.Name));

    /// <summary>The columns as <c>name AS Alias</c>, comma-separated, in order: what the verifier selects.</summary>
    public static string AliasedNames { get; } = string.Join(", ", All.Select(c => $"{c.Name} AS {c.Alias}"));

    /// <summary>
    /// <c>INSERT INTO <paramref name="table"/> (…) SELECT * FROM unnest($1, …, $n)</c>: every row of a batch in one
    /// statement whose text does not depend on the batch's size (so it is prepared once), each column one array
    /// parameter (<see cref="ArraysOf"/>).
    /// </summary>
    public static string UnnestInsert(string table) => $"INSERT INTO {table} ({Names}) SELECT * FROM unnest({Placeholders})";

    /// <summary><c>INSERT INTO <paramref name="table"/> (…) VALUES ($1, …, $n)</c>: one row, one parameter per column (<see cref="WriteAsync"/>).</summary>
    public static string RowInsert(string table) => $"INSERT INTO {table} ({Names}) VALUES ({Placeholders})";

    // $1, …, $n: one positional parameter per column, in order.
    private static string Placeholders { get; } = string.Join(", ", All.Select((_, i) => $"${i + 1}"));

    /// <summary>The parameters of <see cref="UnnestInsert"/> for <paramref name="rows"/>: one array per column, in order.</summary>
    public static IEnumerable<NpgsqlParameter> ArraysOf(IReadOnlyList<Writing.ChainedRow> rows) => All.Select(c => c.ArrayOf(rows));

    /// <summary>Hands every value of <paramref name="row"/> to <paramref name="target"/>, in the order of <see cref="All"/>.</summary>
    public static async ValueTask WriteAsync<TTarget>(Writing.ChainedRow row, TTarget target, CancellationToken cancellationToken)
        where TTarget : IColumnTarget
    {
        foreach (var column in All)
        {
            await column.WriteAsync(row, target, cancellationToken).ConfigureAwait(false);
        }
    }
}
