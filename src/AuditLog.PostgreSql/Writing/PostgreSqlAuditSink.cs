using AuditLog.Integrity;
using AuditLog.Pipeline;
using AuditLog.PostgreSql.Integrity;
using AuditLog.PostgreSql.Schema;
using Dapper;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace AuditLog.PostgreSql.Writing;

/// <summary>
/// Writes each batch of audit events in one transaction: the chained rows plus the writer's chain
/// head, so a batch is committed whole or not at all. The pipeline group-commits: concurrent callers
/// waiting on the same batch share one round trip. A batch goes as one prepared INSERT of arrays (unnest) sent with the
/// chain head's upsert in one round trip; a very large one by binary COPY (measured in docs/benchmarks.md).
/// </summary>
/// <remarks>
/// <para>
/// The sink has <see cref="PostgreSqlAuditOptions.Writers"/> writers, each with its own id and chain, and the
/// pipeline keeps one batch in flight per writer, so transactions and their WAL flushes overlap while each chain
/// stays gap-free and commits in order (what the relay's per-writer cursors rely on).
/// </para>
/// <para>
/// After a failed attempt the writer no longer trusts its in-memory chain head (the commit may have
/// succeeded before the connection broke): the next attempt reloads the head from the database and
/// skips events already stored, so a retry never writes an event twice or forks the chain. Just before
/// the commit the writer passes the pipeline's <see cref="CommitGate"/>: when a caller has given up on an
/// event meanwhile, the transaction rolls back instead, so no event is stored after its caller was told it
/// was not. An error caused by the batch's content is raised as <see cref="AuditEventRejectedException"/>,
/// so the pipeline isolates the event responsible instead of failing its neighbours.
/// </para>
/// </remarks>
internal sealed partial class PostgreSqlAuditSink : IConcurrentSink
{
    private readonly AuditDatabase database;
    private readonly AuditSchemaMigrator migrator;
    private readonly ChainHasher hasher;
    private readonly ILogger logger;
    private readonly string copyCommand;
    private readonly string insertCommand;
    private readonly string upsertHeadCommand;
    private readonly string readHeadCommand;
    private readonly string storedIdsCommand;
    private readonly ChainWriter[] writers;
    private bool migrated;
    private bool prepare = true;

    public PostgreSqlAuditSink(AuditDatabase database, AuditSchemaMigrator migrator, ILogger<PostgreSqlAuditSink> logger)
    {
        this.database = database;
        this.migrator = migrator;
        this.logger = logger;
        hasher = new ChainHasher(database.Options.IntegrityKey);
        migrated = !database.Options.MigrateOnStartup;
        writers = Enumerable.Range(0, Math.Max(1, database.Options.Writers)).Select(_ => new ChainWriter()).ToArray();
        var events = database.Table(EventsTable.Events);
        var heads = database.Table(EventsTable.ChainHeads);
        copyCommand = $"COPY {events} ({EventColumns.Names}) FROM STDIN (FORMAT BINARY)";
        insertCommand = EventColumns.UnnestInsert(events);
        upsertHeadCommand =
            $"INSERT INTO {heads} ({EventsTable.WriterId}, {EventsTable.Sequence}, {EventsTable.Hash}) VALUES ($1, $2, $3) " +
            $"ON CONFLICT ({EventsTable.WriterId}) DO UPDATE SET {EventsTable.Sequence} = excluded.{EventsTable.Sequence}, " +
            $"{EventsTable.Hash} = excluded.{EventsTable.Hash}, updated_at = now()";
        readHeadCommand = $"SELECT {EventsTable.Sequence} AS Sequence, {EventsTable.Hash} AS Hash FROM {heads} WHERE {EventsTable.WriterId} = @writerId";
        storedIdsCommand = $"SELECT {EventsTable.Id} FROM {events} WHERE {EventsTable.Id} = ANY(@ids)";
    }

    /// <summary>Batches of more rows than this go by binary COPY, smaller ones by the prepared INSERT of arrays.</summary>
    internal int CopyThreshold { get; set; } = DefaultCopyThreshold;

    internal const int DefaultCopyThreshold = 64;

    /// <summary>Whether the sink still prepares its statements (until the server is found not to keep them).</summary>
    internal bool PreparesStatements => Volatile.Read(ref prepare);

    /// <summary>The chain ids of this sink's writers, one per writer.</summary>
    public IReadOnlyList<Guid> WriterIds => writers.Select(w => w.Id).ToArray();

    /// <inheritdoc />
    public int Writers => writers.Length;

    public AuditSinkCompletion Completion => database.Options.OutagePolicy == PostgreSqlOutagePolicy.Buffer
        ? AuditSinkCompletion.OnAccepted
        : AuditSinkCompletion.OnWritten;

    public Task WriteAsync(IReadOnlyList<AuditEvent> batch, CancellationToken cancellationToken) =>
        WriteAsync(batch, CommitGate.Open, 0, cancellationToken);

    public Task WriteAsync(IReadOnlyList<AuditEvent> batch, CommitGate gate, CancellationToken cancellationToken) =>
        WriteAsync(batch, gate, 0, cancellationToken);

    public async Task WriteAsync(IReadOnlyList<AuditEvent> batch, CommitGate gate, int writer, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return;
        }

        try
        {
            await WriteChainedAsync(writers[writer], batch, gate, cancellationToken).ConfigureAwait(false);
        }
        catch (PostgresException exception) when (IsCausedByContent(exception.SqlState))
        {
            throw new AuditEventRejectedException($"PostgreSQL refused the batch's content (SQLSTATE {exception.SqlState}).", exception);
        }
        catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.InvalidSqlStatementName && Volatile.Read(ref prepare))
        {
            // A prepared statement vanished from under the connection: a pooler in front of PostgreSQL that does not
            // keep them per client (PgBouncer in transaction mode without max_prepared_statements). From now on the
            // sink sends its statements unprepared; the pipeline's retry writes this batch again (nothing was stored).
            Volatile.Write(ref prepare, false);
            LogPreparedStatementsLost(logger, exception.SqlState);
            throw;
        }
    }

    // Data exceptions (22), integrity constraint violations (23) and exceeded limits (54) come from the rows
    // themselves: writing the same rows again fails the same way, whatever the server's health.
    private static bool IsCausedByContent(string sqlState) => sqlState.StartsWith("22", StringComparison.Ordinal)
        || sqlState.StartsWith("23", StringComparison.Ordinal)
        || sqlState.StartsWith("54", StringComparison.Ordinal);

    private async Task WriteChainedAsync(ChainWriter writer, IReadOnlyList<AuditEvent> batch, CommitGate gate, CancellationToken cancellationToken)
    {
        await EnsureMigratedAsync(cancellationToken).ConfigureAwait(false);
        var known = writer.Head;
        writer.Head = null; // until this attempt commits, the head is unknown
        await using var connection = await database.DataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);

        var events = batch;
        if (known is null)
        {
            known = await ReadHeadAsync(connection, transaction, writer.Id, cancellationToken).ConfigureAwait(false);
            events = await WithoutStoredAsync(connection, transaction, batch, cancellationToken).ConfigureAwait(false);
            LogResynchronised(logger, writer.Id, known.Sequence, batch.Count - events.Count);
        }

        var chain = new RowChain(hasher, writer.Id, known);
        var rows = events.Select(e => chain.Append(EventRow.From(e))).ToList();
        var head = chain.Head;
        if (rows.Count > CopyThreshold)
        {
            await CopyAsync(connection, rows, cancellationToken).ConfigureAwait(false);
            await using var upsert = new NpgsqlCommand(upsertHeadCommand, connection, transaction);
            upsert.Parameters.AddRange(HeadParameters(writer.Id, head));
            await upsert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        else if (rows.Count > 0)
        {
            await InsertAsync(connection, transaction, rows, HeadParameters(writer.Id, head), cancellationToken).ConfigureAwait(false);
        }

        gate.Enter();
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        writer.Head = head;
    }

    /// <summary>Creates or upgrades the schema once, before the first write (and at start-up through the hosted service).</summary>
    internal async Task EnsureMigratedAsync(CancellationToken cancellationToken)
    {
        if (!Volatile.Read(ref migrated))
        {
            await migrator.MigrateAsync(cancellationToken).ConfigureAwait(false);
            Volatile.Write(ref migrated, true);
        }
    }

    private async Task CopyAsync(NpgsqlConnection connection, List<ChainedRow> rows, CancellationToken cancellationToken)
    {
        await using var importer = await connection.BeginBinaryImportAsync(copyCommand, cancellationToken).ConfigureAwait(false);
        var target = new CopyTarget(importer);
        foreach (var row in rows)
        {
            await importer.StartRowAsync(cancellationToken).ConfigureAwait(false);
            await EventColumns.WriteAsync(row, target, cancellationToken).ConfigureAwait(false);
        }

        await importer.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    // The rows (one array per column, unnested) and the chain head's upsert in one round trip (BEGIN goes with it),
    // both statements prepared once per physical connection (their text does not depend on the batch's size), unless
    // prepared statements were found not to last on this database's connections.
    private async Task InsertAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, List<ChainedRow> rows, NpgsqlParameter[] head, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(connection, transaction);
        var insert = new NpgsqlBatchCommand(insertCommand);
        insert.Parameters.AddRange(EventColumns.ArraysOf(rows).ToArray());
        var upsert = new NpgsqlBatchCommand(upsertHeadCommand);
        upsert.Parameters.AddRange(head);
        batch.BatchCommands.Add(insert);
        batch.BatchCommands.Add(upsert);
        if (Volatile.Read(ref prepare))
        {
            await batch.PrepareAsync(cancellationToken).ConfigureAwait(false);
        }

        await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static NpgsqlParameter[] HeadParameters(Guid writerId, ChainState head) =>
    [
        new NpgsqlParameter<Guid> { TypedValue = writerId },
        new NpgsqlParameter<long> { TypedValue = head.Sequence },
        new NpgsqlParameter<byte[]> { TypedValue = head.Hash },
    ];

    private async Task<ChainState> ReadHeadAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid writerId, CancellationToken cancellationToken) =>
        await connection.QuerySingleOrDefaultAsync<ChainState>(
            new CommandDefinition(readHeadCommand, new { writerId }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false)
        ?? ChainState.Genesis;

    private async Task<IReadOnlyList<AuditEvent>> WithoutStoredAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<AuditEvent> batch, CancellationToken cancellationToken)
    {
        // Npgsql takes the array as one uuid[] parameter (Dapper does not expand arrays for PostgreSQL).
        var stored = (await connection.QueryAsync<Guid>(
            new CommandDefinition(storedIdsCommand, new { ids = batch.Select(e => e.Id).ToArray() }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false))
            .ToHashSet();
        return stored.Count == 0 ? batch : batch.Where(e => !stored.Contains(e.Id)).ToArray();
    }

    [LoggerMessage(2, LogLevel.Warning, "A prepared statement of the audit sink was missing on the server (SQLSTATE {SqlState}): a connection pooler between this host and PostgreSQL does not keep prepared statements. The sink now sends its statements unprepared (slower); PgBouncer 1.21+ with max_prepared_statements set keeps them.")]
    private static partial void LogPreparedStatementsLost(ILogger logger, string sqlState);

    [LoggerMessage(1, LogLevel.Information, "Audit writer {WriterId} reloaded its chain head (sequence {Sequence}) after a failed write; {Skipped} events of the batch were already stored.")]
    private static partial void LogResynchronised(ILogger logger, Guid writerId, long sequence, int skipped);
}
