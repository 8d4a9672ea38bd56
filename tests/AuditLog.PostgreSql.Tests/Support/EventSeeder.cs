using AuditLog.Integrity;
using AuditLog.PostgreSql.Integrity;
using AuditLog.PostgreSql.Schema;
using AuditLog.PostgreSql.Writing;
using Dapper;
using Npgsql;

namespace AuditLog.PostgreSql.Tests.Support;

/// <summary>
/// Inserts chained rows directly (one INSERT a row, one transaction), with the sink's columns and parameters, so
/// readers and the verifier can be tested on exact data. The events must be enriched (id and time set).
/// </summary>
public static class EventSeeder
{
    public static async Task<Guid> SeedAsync(string connectionString, IEnumerable<AuditEvent> events, Guid? writerId = null, string schema = "auditlog", string? integrityKey = null)
    {
        var writer = writerId ?? Guid.CreateVersion7();
        var hasher = new ChainHasher(integrityKey);
        var table = SchemaName.Parse(schema);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();

        var head = await connection.QuerySingleOrDefaultAsync<ChainState>(
            $"SELECT sequence, hash FROM {table.Table(EventsTable.ChainHeads)} WHERE writer_id = @writer",
            new { writer },
            transaction);
        var chain = new RowChain(hasher, writer, head ?? ChainState.Genesis);
        foreach (var auditEvent in events)
        {
            await using var insert = new NpgsqlCommand(EventColumns.RowInsert(table.Table(EventsTable.Events)), connection, transaction);
            await EventColumns.WriteAsync(chain.Append(EventRow.From(auditEvent)), new ParameterTarget(insert.Parameters), CancellationToken.None);
            await insert.ExecuteNonQueryAsync();
        }

        await connection.ExecuteAsync(
            $"""
            INSERT INTO {table.Table(EventsTable.ChainHeads)} (writer_id, sequence, hash) VALUES (@writer, @sequence, @previous)
            ON CONFLICT (writer_id) DO UPDATE SET sequence = excluded.sequence, hash = excluded.hash, updated_at = now()
            """,
            new { writer, sequence = chain.Head.Sequence, previous = chain.Head.Hash },
            transaction);

        await transaction.CommitAsync();
        return writer;
    }

    /// <summary>An enriched copy: id and time set as the logger would.</summary>
    public static AuditEvent Enriched(AuditEvent auditEvent, DateTimeOffset time) =>
        auditEvent with { Id = Guid.CreateVersion7(time), Time = new DateTimeOffset(time.Ticks - (time.Ticks % 10), TimeSpan.Zero) };
}
