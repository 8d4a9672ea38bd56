using AuditLog.PostgreSql.Schema;
using Dapper;
using Npgsql;

namespace AuditLog.PostgreSql.Integrity;

/// <summary>
/// Names what happened at a row that does not link to its predecessor or does not hash to its stored hash,
/// by looking at the rest of its chain (a few indexed queries, once per verification):
/// <list type="bullet">
/// <item>another row links to the predecessor and hashes at this sequence: that row belongs here, so the row
/// found here was moved (<see cref="AuditViolationKind.Reordered"/>, when its own previous hash is another
/// row's hash) or put in (<see cref="AuditViolationKind.Inserted"/>);</item>
/// <item>the row links but does not hash: its content changed (<see cref="AuditViolationKind.Changed"/>);</item>
/// <item>its previous hash is another row's hash: it was moved (<see cref="AuditViolationKind.Reordered"/>);</item>
/// <item>it hashes here but links to a hash no row has: its predecessor was rewritten (<see cref="AuditViolationKind.Changed"/>, naming the predecessor);</item>
/// <item>it hashes one sequence later: the row before it was removed and the rest renumbered (<see cref="AuditViolationKind.Removed"/>);</item>
/// <item>no row links to it and it is not the head: it stands alone (<see cref="AuditViolationKind.Inserted"/>);</item>
/// <item>otherwise its link fields were altered (<see cref="AuditViolationKind.Changed"/>).</item>
/// </list>
/// </summary>
internal sealed class BrokenLinkClassifier(NpgsqlConnection connection, AuditDatabase database, ChainWalker walker)
{
    public async Task<AuditIntegrityViolation> ClassifyAsync(StoredEvent row, CancellationToken cancellationToken)
    {
        var writer = row.WriterId;
        var sequence = walker.ExpectedSequence;
        var expectedPrevious = walker.Verified.Hash;
        var links = row.PreviousHash.AsSpan().SequenceEqual(expectedPrevious);
        var rightful = await RightfulAsync(row, expectedPrevious, sequence, cancellationToken).ConfigureAwait(false);
        var origin = links ? null : await OriginAsync(row, cancellationToken).ConfigureAwait(false);

        if (rightful is not null)
        {
            if (origin is { } swapped && swapped.Id == rightful.Id)
            {
                return Violation(
                    AuditViolationKind.Reordered,
                    row,
                    $"Events {row.Id} (stored at sequence {sequence}) and {rightful.Id} (stored at {rightful.Sequence}) of writer {writer} were swapped: in the chain {row.Id} follows {rightful.Id}.");
            }

            return origin is { } after
                ? Violation(
                    AuditViolationKind.Reordered,
                    row,
                    $"Event {row.Id} is stored at sequence {sequence} of writer {writer} but follows event {after.Id} (stored at {after.Sequence}) in the chain; event {rightful.Id}, which belongs at sequence {sequence}, is stored at {rightful.Sequence}.")
                : Violation(
                    AuditViolationKind.Inserted,
                    row,
                    $"Event {row.Id} at sequence {sequence} of writer {writer} is not part of the chain: event {rightful.Id}, stored at {rightful.Sequence}, is the one that follows sequence {sequence - 1}.");
        }

        if (links)
        {
            return Violation(
                AuditViolationKind.Changed,
                row,
                $"Event {row.Id} at sequence {sequence} of writer {writer} no longer matches its hash: its content was changed.");
        }

        if (origin is { } predecessor)
        {
            return Violation(
                AuditViolationKind.Reordered,
                row,
                $"Event {row.Id} is stored at sequence {sequence} of writer {writer} but follows event {predecessor.Id} (stored at {predecessor.Sequence}) in the chain.");
        }

        if (walker.HashesAt(row, sequence))
        {
            return walker.VerifiedEventId is { } previous
                ? new AuditIntegrityViolation(
                    AuditViolationKind.Changed,
                    writer,
                    sequence - 1,
                    previous,
                    ChainWalker.Text($"Event {previous} at sequence {sequence - 1} of writer {writer} has a hash other than the one event {row.Id} recorded after it: it was rewritten."))
                : Violation(
                    AuditViolationKind.Changed,
                    row,
                    $"Event {row.Id}, the first of writer {writer}'s chain at sequence {sequence}, does not link to the chain's start (its retention checkpoint or genesis): its link was rewritten.");
        }

        if (walker.HashesAt(row, sequence + 1))
        {
            return new AuditIntegrityViolation(
                AuditViolationKind.Removed,
                writer,
                sequence,
                row.Id,
                ChainWalker.Text($"Event {sequence} of writer {writer} is missing and the events after it were renumbered: event {row.Id}, stored at {sequence}, belongs at {sequence + 1}."));
        }

        if (!await HasSuccessorAsync(row, cancellationToken).ConfigureAwait(false) && walker.Chain.Head is { } head && !head.Hash.AsSpan().SequenceEqual(row.Hash))
        {
            return Violation(
                AuditViolationKind.Inserted,
                row,
                $"Event {row.Id} at sequence {sequence} of writer {writer} is linked to no other event of the chain.");
        }

        return Violation(
            AuditViolationKind.Changed,
            row,
            $"Event {row.Id} at sequence {sequence} of writer {writer} links to no event of the chain and does not match its hash: its link was changed.");
    }

    private static AuditIntegrityViolation Violation(AuditViolationKind kind, StoredEvent row, FormattableString description) =>
        new(kind, row.WriterId, row.Sequence, row.Id, ChainWalker.Text(description));

    // Another row that links to the last verified link and hashes at this sequence: the one that belongs here.
    private async Task<StoredEvent?> RightfulAsync(StoredEvent row, byte[] previousHash, long sequence, CancellationToken cancellationToken)
    {
        var candidates = await connection.QueryAsync<StoredEvent.Row>(new CommandDefinition(
            $"""
            SELECT {StoredEvent.SelectList} FROM {database.Table(EventsTable.Events)}
            WHERE {EventsTable.WriterId} = @writer AND {EventsTable.PreviousHash} = @previousHash AND {EventsTable.Id} <> @id
            ORDER BY {EventsTable.Sequence}
            """,
            new { writer = row.WriterId, previousHash, id = row.Id },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return candidates.Select(candidate => candidate.ToStoredEvent()).FirstOrDefault(candidate => walker.HashesAt(candidate, sequence));
    }

    // The row whose hash this row's previous hash names: its predecessor in the chain as written.
    private Task<Origin?> OriginAsync(StoredEvent row, CancellationToken cancellationToken) =>
        connection.QueryFirstOrDefaultAsync<Origin?>(new CommandDefinition(
            $"""
            SELECT {EventsTable.Id} AS Id, {EventsTable.Sequence} AS Sequence FROM {database.Table(EventsTable.Events)}
            WHERE {EventsTable.WriterId} = @writer AND {EventsTable.Hash} = @previousHash AND {EventsTable.Id} <> @id
            ORDER BY {EventsTable.Sequence} LIMIT 1
            """,
            new { writer = row.WriterId, previousHash = row.PreviousHash, id = row.Id },
            cancellationToken: cancellationToken));

    private Task<bool> HasSuccessorAsync(StoredEvent row, CancellationToken cancellationToken) =>
        connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            $"""
            SELECT EXISTS (SELECT 1 FROM {database.Table(EventsTable.Events)}
                           WHERE {EventsTable.WriterId} = @writer AND {EventsTable.PreviousHash} = @hash AND {EventsTable.Id} <> @id)
            """,
            new { writer = row.WriterId, hash = row.Hash, id = row.Id },
            cancellationToken: cancellationToken));

    private sealed record Origin(Guid Id, long Sequence);
}
