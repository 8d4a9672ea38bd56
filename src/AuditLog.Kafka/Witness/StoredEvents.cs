using System.Runtime.CompilerServices;
using AuditLog.PostgreSql;
using AuditLog.PostgreSql.Schema;
using Npgsql;

namespace AuditLog.Kafka.Witness;

/// <summary>
/// The database side of <see cref="TopicWitness"/>: published events looked up a batch per statement (arrays of writer
/// and sequence, by the <c>(writer_id, sequence)</c> index), and the events expected on the topic listed by range.
/// </summary>
internal sealed class StoredEvents
{
    private readonly AuditDatabase database;
    private readonly string lookUpCommand;
    private readonly string rangesCommand;

    public StoredEvents(AuditDatabase database)
    {
        this.database = database;
        var events = database.Table(EventsTable.Events);
        var checkpoints = database.Table(EventsTable.Checkpoints);
        // The payload's digest, not the payload: the comparison needs equality of bytes, not the bytes.
        lookUpCommand =
            $"""
            SELECT t.ord, e.id, e.previous_hash, e.hash, sha256(convert_to(e.payload, 'UTF8')), coalesce(c.sequence, 0)
            FROM unnest($1::uuid[], $2::bigint[]) WITH ORDINALITY AS t(writer_id, sequence, ord)
            LEFT JOIN {events} e ON e.writer_id = t.writer_id AND e.sequence = t.sequence
            LEFT JOIN {checkpoints} c ON c.writer_id = t.writer_id
            """;
        rangesCommand =
            $"""
            SELECT e.writer_id, e.sequence, e.id
            FROM unnest($1::uuid[], $2::bigint[], $3::bigint[]) AS r(writer_id, after, up_to)
            JOIN {events} e ON e.writer_id = r.writer_id AND e.sequence > r.after AND e.sequence <= r.up_to
            LEFT JOIN {checkpoints} c ON c.writer_id = r.writer_id
            WHERE e.sequence > coalesce(c.sequence, 0)
            ORDER BY e.writer_id, e.sequence
            """;
    }

    /// <summary>What the database holds at the place of each entry, in the order of <paramref name="batch"/>.</summary>
    public async Task<StoredEntry[]> LookUpAsync(IReadOnlyList<PublishedEntry> batch, CancellationToken cancellationToken)
    {
        await using var connection = await database.DataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(lookUpCommand, connection);
        command.Parameters.Add(new NpgsqlParameter<Guid[]> { TypedValue = batch.Select(e => e.Writer).ToArray() });
        command.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = batch.Select(e => e.Sequence).ToArray() });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var stored = new StoredEntry[batch.Count];
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var index = checked((int)reader.GetInt64(0) - 1);
            stored[index] = reader.IsDBNull(1)
                ? new StoredEntry(null, null, null, null, reader.GetInt64(5))
                : new StoredEntry(reader.GetGuid(1), reader.GetFieldValue<byte[]>(2), reader.GetFieldValue<byte[]>(3), reader.GetFieldValue<byte[]>(4), reader.GetInt64(5));
        }

        return stored;
    }

    /// <summary>
    /// The events of each range (after, up to] of its writer that the database holds above the chain's retention
    /// checkpoint, by writer then sequence, streamed.
    /// </summary>
    public async IAsyncEnumerable<(Guid Writer, long Sequence, Guid EventId)> ListAsync(
        IReadOnlyList<(Guid Writer, long After, long UpTo)> ranges, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (ranges.Count == 0)
        {
            yield break;
        }

        await using var connection = await database.DataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(rangesCommand, connection);
        command.Parameters.Add(new NpgsqlParameter<Guid[]> { TypedValue = ranges.Select(r => r.Writer).ToArray() });
        command.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = ranges.Select(r => r.After).ToArray() });
        command.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = ranges.Select(r => r.UpTo).ToArray() });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return (reader.GetGuid(0), reader.GetInt64(1), reader.GetGuid(2));
        }
    }
}
