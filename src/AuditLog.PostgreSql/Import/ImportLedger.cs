using AuditLog.PostgreSql.Schema;
using Npgsql;

namespace AuditLog.PostgreSql.Import;

/// <summary>
/// What an import of an external audit topic needs from the database: which event ids are already stored, and per
/// partition of the source the offset the next import resumes at (<c>import_positions</c>, migration 4).
/// </summary>
internal sealed class ImportLedger
{
    private readonly AuditDatabase database;
    private readonly string source;
    private readonly string existingCommand;
    private readonly string readCommand;
    private readonly string moveCommand;

    /// <param name="database">The audit database.</param>
    /// <param name="source">The imported topic, as <c>&lt;cluster&gt;/&lt;topic&gt;</c>.</param>
    public ImportLedger(AuditDatabase database, string source)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentException.ThrowIfNullOrEmpty(source);
        this.database = database;
        this.source = source;
        var positions = database.Table(EventsTable.ImportPositions);
        existingCommand = $"SELECT {EventsTable.Id} FROM {database.Table(EventsTable.Events)} WHERE {EventsTable.Id} = ANY($1)";
        readCommand = $"SELECT partition, next_offset FROM {positions} WHERE source = $1";
        moveCommand =
            $"""
            INSERT INTO {positions} AS p (source, partition, next_offset)
            SELECT $1, m.partition, m.next_offset FROM unnest($2::integer[], $3::bigint[]) AS m(partition, next_offset)
            ON CONFLICT (source, partition) DO UPDATE
                SET next_offset = excluded.next_offset, updated_at = now()
                WHERE excluded.next_offset > p.next_offset
            """;
    }

    /// <summary>The source's positions: per partition, the offset of the next record to import.</summary>
    public async Task<IReadOnlyDictionary<int, long>> ReadPositionsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.DataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(readCommand, connection);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = source });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var positions = new Dictionary<int, long>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            positions[reader.GetInt32(0)] = reader.GetInt64(1);
        }

        return positions;
    }

    /// <summary>Which of <paramref name="ids"/> are stored (in any chain).</summary>
    public async Task<HashSet<Guid>> StoredAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var stored = new HashSet<Guid>();
        if (ids.Count == 0)
        {
            return stored;
        }

        await using var connection = await database.DataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(existingCommand, connection);
        command.Parameters.Add(new NpgsqlParameter<Guid[]> { TypedValue = ids.ToArray() });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            stored.Add(reader.GetGuid(0));
        }

        return stored;
    }

    /// <summary>Records that every record before these offsets was dealt with; a position never moves backwards.</summary>
    public async Task MovePositionsAsync(IReadOnlyDictionary<int, long> nextOffsets, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(nextOffsets);
        if (nextOffsets.Count == 0)
        {
            return;
        }

        await using var connection = await database.DataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(moveCommand, connection);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = source });
        command.Parameters.Add(new NpgsqlParameter<int[]> { TypedValue = nextOffsets.Keys.ToArray() });
        command.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = nextOffsets.Values.ToArray() });
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
