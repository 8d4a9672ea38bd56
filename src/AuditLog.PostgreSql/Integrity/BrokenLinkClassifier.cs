using AuditLog.PostgreSql.Schema;
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
        await using var command = Command(
            $"""
            SELECT {StoredEvent.SelectList} FROM {database.Table(EventsTable.Events)}
            WHERE {EventsTable.WriterId} = $1 AND {EventsTable.PreviousHash} = $2 AND {EventsTable.Id} <> $3
            ORDER BY {EventsTable.Sequence}
            """,
            row.WriterId,
            previousHash,
            row.Id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var candidate = StoredEvent.Read(reader);
            if (walker.HashesAt(candidate, sequence))
            {
                return candidate;
            }
        }

        return null;
    }

    // The row whose hash this row's previous hash names: its predecessor in the chain as written.
    private async Task<(Guid Id, long Sequence)?> OriginAsync(StoredEvent row, CancellationToken cancellationToken)
    {
        await using var command = Command(
            $"""
            SELECT {EventsTable.Id}, {EventsTable.Sequence} FROM {database.Table(EventsTable.Events)}
            WHERE {EventsTable.WriterId} = $1 AND {EventsTable.Hash} = $2 AND {EventsTable.Id} <> $3
            ORDER BY {EventsTable.Sequence} LIMIT 1
            """,
            row.WriterId,
            row.PreviousHash,
            row.Id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? (reader.GetGuid(0), reader.GetInt64(1)) : null;
    }

    private async Task<bool> HasSuccessorAsync(StoredEvent row, CancellationToken cancellationToken)
    {
        await using var command = Command(
            $"""
            SELECT EXISTS (SELECT 1 FROM {database.Table(EventsTable.Events)}
                           WHERE {EventsTable.WriterId} = $1 AND {EventsTable.PreviousHash} = $2 AND {EventsTable.Id} <> $3)
            """,
            row.WriterId,
            row.Hash,
            row.Id);
        return (bool)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    private NpgsqlCommand Command(string sql, params object[] values)
    {
        var command = new NpgsqlCommand(sql, connection);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        return command;
    }
}
