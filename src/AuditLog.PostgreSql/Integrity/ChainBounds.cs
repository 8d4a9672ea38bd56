using AuditLog.PostgreSql.Schema;
using Dapper;
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
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            $"""
            SELECT coalesce(h.{EventsTable.WriterId}, c.{EventsTable.WriterId}) AS WriterId,
                   h.{EventsTable.Sequence} AS HeadSequence, h.{EventsTable.Hash} AS HeadHash,
                   c.{EventsTable.Sequence} AS CheckpointSequence, c.{EventsTable.Hash} AS CheckpointHash
            FROM {database.Table(EventsTable.ChainHeads)} h
            FULL JOIN {database.Table(EventsTable.Checkpoints)} c ON c.{EventsTable.WriterId} = h.{EventsTable.WriterId}
            ORDER BY 1
            """,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.Select(r => new ChainBounds(r.WriterId, Link(r.HeadSequence, r.HeadHash), Link(r.CheckpointSequence, r.CheckpointHash))).ToList();
    }

    private static ChainLink? Link(long? sequence, byte[]? hash) => sequence is { } at ? new ChainLink(at, hash!) : null;

    // Dapper maps the columns to the constructor by name, ignoring case (PostgreSQL folds the unquoted aliases to lower case), and in order.
    private sealed record Row(Guid WriterId, long? HeadSequence, byte[]? HeadHash, long? CheckpointSequence, byte[]? CheckpointHash);
}
