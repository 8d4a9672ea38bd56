using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using AuditLog.PostgreSql.Schema;
using Npgsql;

namespace AuditLog.PostgreSql.Reading;

/// <summary>
/// Reads the rows a filter matches, newest first (time, then id, descending), after a keyset position. Filter values are always parameters; only column and table names,
/// which come from <see cref="EventsTable"/> and the validated schema, are SQL text.
/// </summary>
internal static class EventQuery
{
    /// <summary>The rows a streamed read asks for at a time.</summary>
    public const int BatchSize = 5000;

    /// <summary>
    /// Every matching row, newest first, read as consecutive keyset batches of <see cref="BatchSize"/>.
    /// </summary>
    /// <remarks>
    /// Rather than one statement for the whole result: a LIMIT lets PostgreSQL stream each batch from the
    /// (time, id) indexes instead of sorting millions of rows first (measured on a million rows, a single
    /// statement chose a parallel scan and a sort spilling the whole result to disk before its first row,
    /// and stopping early meant draining the rest); no transaction or snapshot stays open while the caller
    /// consumes, however slowly (a long snapshot holds back vacuum for the whole database); the connection
    /// goes back to the pool between batches; and stopping early costs at most one batch. Events committed
    /// while a read runs appear only if they sort after the current position, as for a read that started later.
    /// </remarks>
    public static async IAsyncEnumerable<StoredEvent> StreamAsync(
        AuditDatabase database,
        QueryFilter filter,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        PageCursor? after = null;
        int read;
        do
        {
            read = 0;
            await foreach (var row in ReadAsync(database, filter, after, BatchSize, cancellationToken).ConfigureAwait(false))
            {
                read++;
                after = row.Cursor;
                yield return row;
            }
        }
        while (read == BatchSize);
    }

    /// <summary>The matching rows after a position, newest first, up to a limit: one statement.</summary>
    public static async IAsyncEnumerable<StoredEvent> ReadAsync(
        AuditDatabase database,
        QueryFilter filter,
        PageCursor? after,
        int limit,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await database.DataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Create(database, filter, after, limit);
        command.Connection = connection;

        // Npgsql hands over rows as they arrive: a batch streams through one row buffer.
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return new StoredEvent(reader.GetGuid(0), reader.GetDateTime(1), reader.GetString(2));
        }
    }

    public static NpgsqlCommand Create(AuditDatabase database, QueryFilter filter, PageCursor? after, int limit)
    {
        var command = new NpgsqlCommand();
        var where = new List<string>();

        // Adds a parameter and returns its placeholder ($n).
        string Parameter(object value)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
            return "$" + command.Parameters.Count.ToString(CultureInfo.InvariantCulture);
        }

        if (filter.From is { } from)
        {
            where.Add($"{EventsTable.Time} >= {Parameter(from)}");
        }

        if (filter.To is { } to)
        {
            where.Add($"{EventsTable.Time} < {Parameter(to)}");
        }

        if (filter.EventTypes.Length > 0)
        {
            where.Add($"{EventsTable.EventType} = ANY({Parameter(filter.EventTypes)})");
        }

        if (filter.ImpliedEventTypes is { } implied)
        {
            where.Add($"{EventsTable.EventType} = ANY({Parameter(implied)})");
        }

        if (filter.Families.Length > 0)
        {
            where.Add($"{EventsTable.Family} = ANY({Parameter(filter.Families)})");
        }

        if (filter.ResourceType is { } resourceType)
        {
            where.Add($"{EventsTable.ResourceType} = {Parameter(resourceType)}");
        }

        if (filter.ResourcePrefix is { } prefix)
        {
            // A LIKE pattern with its wildcards escaped is a literal prefix, which the text_pattern_ops index
            // serves as a range. E'\\' is one backslash whatever standard_conforming_strings says.
            where.Add($"{EventsTable.ResourceAddress} LIKE {Parameter(EscapeLike(prefix) + "%")} ESCAPE E'\\\\'");
        }

        if (filter.Actor is { } actor)
        {
            where.Add($"{EventsTable.ActorId} = {Parameter(actor)}");
        }

        if (filter.Outcome is { } outcome)
        {
            where.Add($"{EventsTable.Outcome} = {Parameter(outcome)}");
        }

        if (filter.Text is { } text)
        {
            // websearch_to_tsquery accepts any text (no syntax errors); 'simple' is the search column's configuration.
            where.Add($"{EventsTable.Search} @@ websearch_to_tsquery('simple', {Parameter(text)})");
        }

        if (after is { } cursor)
        {
            where.Add($"({EventsTable.Time}, {EventsTable.Id}) < ({Parameter(cursor.Time)}, {Parameter(cursor.Id)})");
        }

        var sql = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"SELECT {EventsTable.Id}, {EventsTable.Time}, {EventsTable.Payload} FROM {database.Table(EventsTable.Events)}");
        if (where.Count > 0)
        {
            sql.Append(" WHERE ").AppendJoin(" AND ", where);
        }

        sql.Append(CultureInfo.InvariantCulture, $" ORDER BY {EventsTable.Time} DESC, {EventsTable.Id} DESC LIMIT {Parameter(limit)}");

        command.CommandText = sql.ToString();
        return command;
    }

    /// <summary>Escapes LIKE's wildcards and its escape character, so the text matches only itself.</summary>
    public static string EscapeLike(string text) =>
        text.Replace(@"\", @"\\", StringComparison.Ordinal)
            .Replace("%", @"\%", StringComparison.Ordinal)
            .Replace("_", @"\_", StringComparison.Ordinal);
}
