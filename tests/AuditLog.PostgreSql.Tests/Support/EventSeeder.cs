using AuditLog.PostgreSql.Integrity;
using AuditLog.PostgreSql.Schema;
using AuditLog.PostgreSql.Writing;
using Npgsql;

namespace AuditLog.PostgreSql.Tests.Support;

/// <summary>
/// Inserts chained rows directly (plain INSERTs, one transaction), the way the sink lays them out, so
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

        long sequence = 0;
        byte[] previous = ChainHasher.Genesis.ToArray();
        await using (var head = new NpgsqlCommand($"SELECT sequence, hash FROM {table.Table(EventsTable.ChainHeads)} WHERE writer_id = $1", connection, transaction))
        {
            head.Parameters.Add(new NpgsqlParameter { Value = writer });
            await using var reader = await head.ExecuteReaderAsync();
            if (await reader.ReadAsync())
            {
                sequence = reader.GetInt64(0);
                previous = (byte[])reader[1];
            }
        }

        foreach (var auditEvent in events)
        {
            var row = EventRow.From(auditEvent);
            sequence++;
            var hash = hasher.Hash(previous, writer, sequence, row.Payload);
            await using var insert = new NpgsqlCommand(
                $"""
                INSERT INTO {table.Table(EventsTable.Events)}
                    (id, time, event_type, family, resource_type, resource_address, actor_kind, actor_id, outcome, payload, writer_id, sequence, previous_hash, hash)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
                """,
                connection,
                transaction);
            foreach (var value in new object[] { row.Id, row.Time, row.EventType, row.Family, row.ResourceType, row.ResourceAddress, row.ActorKind, row.ActorId, row.Outcome, row.Payload, writer, sequence, previous, hash })
            {
                insert.Parameters.Add(new NpgsqlParameter { Value = value });
            }

            await insert.ExecuteNonQueryAsync();
            previous = hash;
        }

        await using (var upsert = new NpgsqlCommand(
            $"""
            INSERT INTO {table.Table(EventsTable.ChainHeads)} (writer_id, sequence, hash) VALUES ($1, $2, $3)
            ON CONFLICT (writer_id) DO UPDATE SET sequence = excluded.sequence, hash = excluded.hash, updated_at = now()
            """,
            connection,
            transaction))
        {
            upsert.Parameters.Add(new NpgsqlParameter { Value = writer });
            upsert.Parameters.Add(new NpgsqlParameter { Value = sequence });
            upsert.Parameters.Add(new NpgsqlParameter { Value = previous });
            await upsert.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
        return writer;
    }

    /// <summary>An enriched copy: id and time set as the logger would.</summary>
    public static AuditEvent Enriched(AuditEvent auditEvent, DateTimeOffset time) =>
        auditEvent with { Id = Guid.CreateVersion7(time), Time = new DateTimeOffset(time.Ticks - (time.Ticks % 10), TimeSpan.Zero) };
}
