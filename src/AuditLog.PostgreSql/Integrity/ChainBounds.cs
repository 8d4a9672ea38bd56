using AuditLog.PostgreSql.Schema;
using Npgsql;

namespace AuditLog.PostgreSql.Integrity;

/// <summary>
/// Where a writer's chain starts (its retention checkpoint, else genesis) and where it must end (its head),
/// as <c>chain_heads</c> and <c>checkpoints</c> record them.
/// </summary>
internal sealed record ChainBounds(Guid WriterId, ChainLink? Head, ChainLink? Checkpoint)
{
    public ChainLink Start => Checkpoint ?? ChainLink.Start;

    /// <summary>Every writer with a head or a checkpoint, in the database's uuid order (the order events are walked in).</summary>
    public static async Task<List<ChainBounds>> LoadAsync(NpgsqlConnection connection, AuditDatabase database, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            $"""
            SELECT coalesce(h.{EventsTable.WriterId}, c.{EventsTable.WriterId}), h.{EventsTable.Sequence}, h.{EventsTable.Hash}, c.{EventsTable.Sequence}, c.{EventsTable.Hash}
            FROM {database.Table(EventsTable.ChainHeads)} h
            FULL JOIN {database.Table(EventsTable.Checkpoints)} c ON c.{EventsTable.WriterId} = h.{EventsTable.WriterId}
            ORDER BY 1
            """,
            connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var chains = new List<ChainBounds>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            chains.Add(new ChainBounds(reader.GetGuid(0), ReadLink(reader, 1), ReadLink(reader, 3)));
        }

        return chains;
    }

    private static ChainLink? ReadLink(NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : new ChainLink(reader.GetInt64(ordinal), reader.GetFieldValue<byte[]>(ordinal + 1));
}
