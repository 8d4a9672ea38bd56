using AuditLog.Integrity;
using System.Data;
using AuditLog.PostgreSql.Integrity;
using AuditLog.PostgreSql.Schema;
using Dapper;
using Npgsql;

namespace AuditLog.PostgreSql;

/// <summary>
/// Checks the integrity chains: every writer instance chains its events (sequence, previous hash, hash over
/// the stored CloudEvent), and this walks each chain from its start (genesis, or the checkpoint retention
/// left) to its recorded head, reporting the first event that was changed, removed, inserted or reordered.
/// </summary>
/// <remarks>
/// <para>
/// The walk streams the rows in one read-only snapshot, so it needs memory for the writers, not the events,
/// and sees the chains as committed at its start while writers keep appending.
/// </para>
/// <para>
/// Hashes are recomputed with <see cref="PostgreSqlAuditOptions.IntegrityKey"/>: verifying with a key other
/// than the one the events were written with (or without the key they were written with) reports the first
/// event as <see cref="AuditViolationKind.Changed"/>.
/// </para>
/// </remarks>
public sealed class AuditIntegrityVerifier
{
    private readonly AuditDatabase database;

    internal AuditIntegrityVerifier(AuditDatabase database) => this.database = database;

    /// <summary>Walks every chain and reports whether all are intact, or the first break.</summary>
    /// <param name="cancellationToken">Stops the walk.</param>
    /// <returns>Intact with the counts, or the first violation in the order of writer id, then sequence.</returns>
    public async Task<AuditVerificationResult> VerifyAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.DataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition("SET TRANSACTION READ ONLY", transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);

        var chains = await ChainBounds.LoadAsync(connection, database, cancellationToken).ConfigureAwait(false);
        var walker = new ChainWalker(new ChainHasher(database.Options.IntegrityKey));
        var violation = await WalkAsync(connection, transaction, chains, walker, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new AuditVerificationResult(violation is null, walker.EventsChecked, walker.Chains, violation);
    }

    // Merges the event rows (ordered by writer, sequence) with the writers' bounds (same order), so a chain
    // with a head but no rows is checked in its turn.
    private async Task<AuditIntegrityViolation?> WalkAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, List<ChainBounds> chains, ChainWalker walker, CancellationToken cancellationToken)
    {
        var next = 0;
        StoredEvent? broken = null;
        Guid? writer = null;
        // Npgsql's own reader rather than Dapper's unbuffered query: leaving that early sends the server a cancel
        // request, which can land on the classifier's next statement and abort the snapshot's transaction. Disposing
        // this reader reads the rest of the result instead.
        await using var command = new NpgsqlCommand(
            $"SELECT {StoredEvent.SelectList} FROM {database.Table(EventsTable.Events)} ORDER BY {EventsTable.WriterId}, {EventsTable.Sequence}",
            connection,
            transaction);
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            var parse = reader.GetRowParser<StoredEvent.Row>();
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var row = parse(reader).ToStoredEvent();
                if (row.WriterId != writer)
                {
                    if (writer is not null && walker.End() is { } atEnd)
                    {
                        return atEnd;
                    }

                    while (next < chains.Count && UuidOrder.Compare(chains[next].WriterId, row.WriterId) < 0)
                    {
                        if (Empty(walker, chains[next++]) is { } empty)
                        {
                            return empty;
                        }
                    }

                    var bounds = next < chains.Count && chains[next].WriterId == row.WriterId
                        ? chains[next++]
                        : new ChainBounds(row.WriterId, Head: null, Checkpoint: null);
                    walker.Begin(bounds);
                    writer = row.WriterId;
                }

                var step = walker.Check(row, out var violation);
                if (step == ChainWalker.Step.Violated)
                {
                    return violation;
                }

                if (step == ChainWalker.Step.BrokenLink)
                {
                    broken = row;
                    break;
                }
            }
        }

        if (broken is null && writer is not null && walker.End() is { } last)
        {
            return last;
        }

        // The reader is closed: the classifier queries the rest of the chain in the same snapshot.
        if (broken is not null)
        {
            return await new BrokenLinkClassifier(connection, database, walker).ClassifyAsync(broken, cancellationToken).ConfigureAwait(false);
        }

        while (next < chains.Count)
        {
            if (Empty(walker, chains[next++]) is { } empty)
            {
                return empty;
            }
        }

        return null;
    }

    private static AuditIntegrityViolation? Empty(ChainWalker walker, ChainBounds chain)
    {
        walker.Begin(chain);
        return walker.End();
    }
}
