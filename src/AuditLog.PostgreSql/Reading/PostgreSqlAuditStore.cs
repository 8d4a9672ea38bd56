using System.Runtime.CompilerServices;
using AuditLog.CloudEvents;
using AuditLog.PostgreSql.Reading;
using AuditLog.PostgreSql.Schema;
using Dapper;

namespace AuditLog.PostgreSql;

/// <summary>
/// Reads the audit log from PostgreSQL: queries newest first, keyset pages, single events and
/// streamed CSV or JSON exports. Thread-safe; register it once (<c>AddPostgreSql</c> does).
/// </summary>
/// <remarks>
/// Every method validates its <see cref="AuditQuery"/> before touching the database and throws
/// <see cref="AuditQueryException"/> naming the filter and the rule. Events are rebuilt from the stored
/// CloudEvent; a row whose payload was damaged fails with <see cref="AuditEventFormatException"/>.
/// </remarks>
public sealed class PostgreSqlAuditStore
{
    /// <summary>The largest page <see cref="GetPageAsync"/> returns.</summary>
    public const int MaxPageSize = 1000;

    /// <summary>An export reads up to this many chunks of <see cref="ReadAheadChunk"/> rows ahead of what it has written.</summary>
    private const int ReadAheadChunks = 4;

    private const int ReadAheadChunk = 256;

    /// <summary>How many events <see cref="ExportAsync"/> writes between two progress reports.</summary>
    public const int ProgressInterval = 10_000;

    private readonly AuditDatabase database;

    internal PostgreSqlAuditStore(AuditDatabase database) => this.database = database;

    /// <summary>Every event the query matches, newest first, streamed as the database returns them.</summary>
    /// <remarks>
    /// Events are read in keyset batches of a few thousand, each its own short statement: memory stays
    /// constant, no transaction stays open while the caller consumes, and stopping early is cheap. An event
    /// committed during the enumeration appears only if it sorts after the current position.
    /// </remarks>
    /// <param name="query">The filters.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <returns>The events, newest first (by time, then id).</returns>
    /// <exception cref="AuditQueryException">A filter breaks a rule (thrown by this call, before enumeration).</exception>
    public IAsyncEnumerable<AuditEvent> QueryAsync(AuditQuery query, CancellationToken cancellationToken = default)
    {
        var filter = QueryFilter.Validate(query);
        return Events(filter, cancellationToken);
    }

    /// <summary>
    /// One page of the events the query matches, newest first. Pages are keyset pages on (time, id):
    /// events written after the first page was read are newer, so they never shift later pages.
    /// </summary>
    /// <param name="query">The filters; pass the same query for every page.</param>
    /// <param name="pageSize">The number of events per page, 1 to <see cref="MaxPageSize"/>.</param>
    /// <param name="cursor">Null for the first page, else the <see cref="AuditPage.NextCursor"/> of the previous page.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The page and the cursor of the next one.</returns>
    /// <exception cref="AuditQueryException">A filter breaks a rule, or the cursor is not one this store issued.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pageSize"/> is out of range.</exception>
    public async Task<AuditPage> GetPageAsync(AuditQuery query, int pageSize, string? cursor, CancellationToken cancellationToken = default)
    {
        var filter = QueryFilter.Validate(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, MaxPageSize);
        var after = cursor is null ? (PageCursor?)null : PageCursor.Parse(cursor);

        var events = new List<AuditEvent>(pageSize);
        PageCursor last = default;
        var more = false;
        await foreach (var row in EventQuery.ReadAsync(database, filter, after, pageSize + 1, cancellationToken).ConfigureAwait(false))
        {
            if (events.Count == pageSize)
            {
                more = true;
                break;
            }

            events.Add(row.ToEvent());
            last = row.Cursor;
        }

        return new AuditPage(events, more ? last.ToString() : null);
    }

    /// <summary>The event with this id, with all its metadata; null when there is none.</summary>
    /// <param name="id">The event id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The event, or null.</returns>
    /// <exception cref="AuditEventFormatException">The stored payload is damaged.</exception>
    public async Task<AuditEvent?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.DataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var stored = await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
            $"SELECT {EventsTable.Payload} FROM {database.Table(EventsTable.Events)} WHERE {EventsTable.Id} = @id",
            new { id },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return stored is string payload
            ? Writing.EventRow.ReadPayload(payload)
            : null;
    }

    /// <summary>
    /// Writes every event the query matches, newest first, to <paramref name="output"/> as CSV or JSON Lines
    /// (see <see cref="AuditExportFormat"/>), streamed with constant memory whatever the number of events.
    /// The stream is flushed, not closed.
    /// </summary>
    /// <param name="query">The filters.</param>
    /// <param name="format">CSV or JSON Lines.</param>
    /// <param name="output">Where to write; written to asynchronously only.</param>
    /// <param name="progress">
    /// Told the number of events written so far, every <see cref="ProgressInterval"/> events and once at the end.
    /// </param>
    /// <param name="cancellationToken">Stops the export; what was written stays written.</param>
    /// <returns>The number of events written.</returns>
    /// <exception cref="AuditQueryException">A filter breaks a rule (nothing is written).</exception>
    public async Task<long> ExportAsync(AuditQuery query, AuditExportFormat format, Stream output, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        var filter = QueryFilter.Validate(query);
        ArgumentNullException.ThrowIfNull(output);
        if (!Enum.IsDefined(format))
        {
            throw new ArgumentOutOfRangeException(nameof(format), format, "Not an export format.");
        }

        var buffer = new ExportBuffer(output);
        using var csv = format == AuditExportFormat.Csv ? new CsvAuditWriter() : null;
        if (csv is not null)
        {
            CsvAuditWriter.WriteHeader(buffer.Writer);
        }

        // The rows are read (and, for CSV, parsed) a few chunks ahead of the writing.
        var count = csv is not null
            ? await WriteAllAsync(ReadAhead.Of(Events(filter, cancellationToken), ReadAheadChunk, ReadAheadChunks, cancellationToken), e => csv.WriteRow(buffer.Writer, e), buffer, progress, cancellationToken).ConfigureAwait(false)
            : await WriteAllAsync(ReadAhead.Of(EventQuery.StreamAsync(database, filter, cancellationToken), ReadAheadChunk, ReadAheadChunks, cancellationToken), r => JsonLineWriter.WriteLine(buffer.Writer, r.Payload), buffer, progress, cancellationToken).ConfigureAwait(false);

        await buffer.CompleteAsync(cancellationToken).ConfigureAwait(false);
        if (count == 0 || count % ProgressInterval != 0)
        {
            progress?.Report(count);
        }

        return count;
    }

    private static async Task<long> WriteAllAsync<T>(IAsyncEnumerable<T> items, Action<T> write, ExportBuffer buffer, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        long count = 0;
        await foreach (var item in items.ConfigureAwait(false))
        {
            write(item);
            if (++count % ProgressInterval == 0)
            {
                progress?.Report(count);
            }

            await buffer.WriteIfFullAsync(cancellationToken).ConfigureAwait(false);
        }

        return count;
    }

    private async IAsyncEnumerable<AuditEvent> Events(QueryFilter filter, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var row in EventQuery.StreamAsync(database, filter, cancellationToken).ConfigureAwait(false))
        {
            yield return row.ToEvent();
        }
    }
}
