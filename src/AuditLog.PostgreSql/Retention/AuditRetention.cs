using System.Diagnostics;
using AuditLog.PostgreSql.Retention;
using AuditLog.PostgreSql.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Dapper;
using Npgsql;

namespace AuditLog.PostgreSql;

/// <summary>
/// Deletes old events (retention) the one way the append-only table allows, keeping every chain verifiable:
/// each writer's chain is cut as a prefix and a checkpoint records where it resumes.
/// </summary>
/// <remarks>
/// <para>
/// Rows go in batches of at most 10,000 rows of one writer, each in its own short transaction (turning on
/// <c>auditlog.purge</c> for that transaction only), so a purge of millions of rows never holds locks for
/// long. Writers are not blocked at all: they insert new rows and touch neither the rows deleted nor the
/// checkpoints. A purge stopped half-way (cancelled, crashed) leaves intact chains and resumes next time.
/// </para>
/// <para>
/// An event older than the cut-off is kept when an event before it in its chain is not (clocks are not
/// monotonic), since removing it would leave a chain with a hole the checkpoint cannot describe.
/// Concurrent purges (several hosts) take turns batch by batch.
/// </para>
/// <para>
/// Batches rather than time partitions: partitioning would need the time in every unique key (the event id,
/// the writer and sequence pair), weakening both, and dropping a partition bypasses the append-only trigger.
/// </para>
/// </remarks>
public sealed class AuditRetention
{
    /// <summary>The rows one transaction deletes at most.</summary>
    internal const int DefaultBatchSize = 10_000;

    private readonly AuditDatabase database;
    private readonly TimeProvider timeProvider;
    private readonly ILogger logger;
    private readonly int batchSize;

    internal AuditRetention(AuditDatabase database, TimeProvider? timeProvider = null, ILogger? logger = null, int batchSize = DefaultBatchSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        this.database = database;
        this.timeProvider = timeProvider ?? TimeProvider.System;
        this.logger = logger ?? NullLogger.Instance;
        this.batchSize = batchSize;
    }

    /// <summary>Deletes the events older than <paramref name="olderThan"/> (before now minus that), leaving a checkpoint per chain.</summary>
    /// <param name="olderThan">The age beyond which events go, e.g. 7 days; greater than zero.</param>
    /// <param name="cancellationToken">Stops between or during batches; the batches committed stay purged.</param>
    /// <returns>How many events went, in how many transactions, and the cut-off.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="olderThan"/> is zero or negative.</exception>
    public async Task<AuditPurgeResult> PurgeAsync(TimeSpan olderThan, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(olderThan, TimeSpan.Zero);
        var before = TruncateToMicroseconds(timeProvider.GetUtcNow() - olderThan);
        var started = Stopwatch.GetTimestamp();

        await using var connection = await database.DataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        long purged = 0;
        var batches = 0;
        foreach (var (writer, last) in await PurgeableAsync(connection, before, cancellationToken).ConfigureAwait(false))
        {
            int deleted;
            do
            {
                var batchStarted = Stopwatch.GetTimestamp();
                (deleted, var upTo) = await PurgeBatchAsync(connection, writer, last, before, cancellationToken).ConfigureAwait(false);
                if (deleted > 0)
                {
                    purged += deleted;
                    batches++;
                    RetentionLog.BatchPurged(logger, deleted, writer, upTo, Stopwatch.GetElapsedTime(batchStarted).TotalMilliseconds);
                }
            }
            while (deleted == batchSize);
        }

        RetentionLog.Purged(logger, purged, before, batches, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return new AuditPurgeResult(purged, before, batches);
    }

    // Per writer, the last sequence S such that every event up to S is older than the cut-off: the one before
    // the first newer event, else the head (events written after this look-up are newer anyway).
    private async Task<IEnumerable<Purgeable>> PurgeableAsync(NpgsqlConnection connection, DateTimeOffset before, CancellationToken cancellationToken)
    {
        var events = database.Table(EventsTable.Events);
        return await connection.QueryAsync<Purgeable>(new CommandDefinition(
            $"""
            SELECT writer_id AS WriterId, last AS Last FROM (
                SELECT h.{EventsTable.WriterId} AS writer_id,
                       coalesce((SELECT e.{EventsTable.Sequence} - 1 FROM {events} e
                                 WHERE e.{EventsTable.WriterId} = h.{EventsTable.WriterId} AND e.{EventsTable.Time} >= @before
                                 ORDER BY e.{EventsTable.WriterId}, e.{EventsTable.Sequence} LIMIT 1),
                                h.{EventsTable.Sequence}) AS last,
                       coalesce(c.{EventsTable.Sequence}, 0) AS purged
                FROM {database.Table(EventsTable.ChainHeads)} h
                LEFT JOIN {database.Table(EventsTable.Checkpoints)} c ON c.{EventsTable.WriterId} = h.{EventsTable.WriterId}
            ) limits
            WHERE last > purged
            ORDER BY writer_id
            """,
            new { before },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    // One transaction: the lowest remaining rows of the writer up to its last purgeable sequence, and the
    // checkpoint moved to the highest of them, so the chain left always starts right after its checkpoint.
    private async Task<PurgedBatch> PurgeBatchAsync(NpgsqlConnection connection, Guid writer, long last, DateTimeOffset before, CancellationToken cancellationToken)
    {
        var events = database.Table(EventsTable.Events);
        var checkpoints = database.Table(EventsTable.Checkpoints);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        PurgedBatch result;

        // One round trip: the lock, the setting, then the delete whose count is the third result.
        await using (var results = await connection.QueryMultipleAsync(new CommandDefinition(
            $"""
            SELECT pg_advisory_xact_lock(hashtextextended(@lockKey, 0));
            SELECT set_config(@setting, 'on', true);
            WITH doomed AS (
                SELECT {EventsTable.Id} FROM {events}
                WHERE {EventsTable.WriterId} = @writer AND {EventsTable.Sequence} <= @last
                ORDER BY {EventsTable.WriterId}, {EventsTable.Sequence}
                LIMIT @batchSize
            ), deleted AS (
                DELETE FROM {events} WHERE {EventsTable.Id} IN (SELECT {EventsTable.Id} FROM doomed)
                RETURNING {EventsTable.Sequence}, {EventsTable.Hash}
            ), checkpoint AS (
                INSERT INTO {checkpoints} ({EventsTable.WriterId}, {EventsTable.Sequence}, {EventsTable.Hash}, {EventsTable.PurgedBefore})
                SELECT @writer, {EventsTable.Sequence}, {EventsTable.Hash}, @before FROM deleted ORDER BY {EventsTable.Sequence} DESC LIMIT 1
                ON CONFLICT ({EventsTable.WriterId}) DO UPDATE
                    SET {EventsTable.Sequence} = excluded.{EventsTable.Sequence}, {EventsTable.Hash} = excluded.{EventsTable.Hash},
                        {EventsTable.PurgedBefore} = excluded.{EventsTable.PurgedBefore}, created_at = now()
                    WHERE {checkpoints}.{EventsTable.Sequence} < excluded.{EventsTable.Sequence}
            )
            SELECT count(*)::int AS Deleted, coalesce(max({EventsTable.Sequence}), 0) AS UpTo FROM deleted
            """,
            new { lockKey = $"auditlog.purge:{database.Schema.Value}", setting = EventsTable.PurgeSetting, writer, last, batchSize, before },
            transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false))
        {
            await results.ReadAsync().ConfigureAwait(false);
            await results.ReadAsync().ConfigureAwait(false);
            result = await results.ReadSingleAsync<PurgedBatch>().ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return result;
    }

    // timestamptz keeps microseconds: the cut-off reported is the one stored in the checkpoints.
    private static DateTimeOffset TruncateToMicroseconds(DateTimeOffset time) =>
        new(time.UtcTicks - (time.UtcTicks % 10), TimeSpan.Zero);

    // What Dapper maps the look-ups' rows to (columns by name, ignoring case, and in order).
    private sealed record Purgeable(Guid WriterId, long Last);

    private sealed record PurgedBatch(int Deleted, long UpTo);
}
