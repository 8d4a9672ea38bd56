using AuditLog.PostgreSql.Integrity;
using AuditLog.PostgreSql.Tests.Integrity;
using AuditLog.PostgreSql.Writing;
using Npgsql;
using NpgsqlTypes;

namespace AuditLog.PostgreSql.Tests.Retention;

/// <summary>
/// Lays out a new writer's chain like <see cref="Support.EventSeeder"/> does (same hash, same columns, head
/// updated) but with one binary COPY, for tests that need tens of thousands of rows.
/// </summary>
public static class BulkSeeder
{
    public static async Task<Guid> SeedAsync(string connectionString, int count, DateTimeOffset first, TimeSpan step)
    {
        var writer = Guid.NewGuid();
        var hasher = new ChainHasher(null);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var previous = ChainHasher.Genesis.ToArray();
        await using (var import = await connection.BeginBinaryImportAsync(
            """
            COPY auditlog.events (id, time, event_type, family, resource_type, resource_address, actor_kind, actor_id, outcome, payload, writer_id, sequence, previous_hash, hash)
            FROM STDIN (FORMAT BINARY)
            """))
        {
            for (var sequence = 1L; sequence <= count; sequence++)
            {
                var row = EventRow.From(Chains.Event(0, (int)sequence, first + (step * sequence)));
                var hash = hasher.Hash(previous, writer, sequence, row.Payload);
                await import.StartRowAsync();
                await import.WriteAsync(row.Id, NpgsqlDbType.Uuid);
                await import.WriteAsync(row.Time, NpgsqlDbType.TimestampTz);
                foreach (var text in new[] { row.EventType, row.Family, row.ResourceType, row.ResourceAddress, row.ActorKind, row.ActorId, row.Outcome, row.Payload })
                {
                    await import.WriteAsync(text, NpgsqlDbType.Text);
                }

                await import.WriteAsync(writer, NpgsqlDbType.Uuid);
                await import.WriteAsync(sequence, NpgsqlDbType.Bigint);
                await import.WriteAsync(previous, NpgsqlDbType.Bytea);
                await import.WriteAsync(hash, NpgsqlDbType.Bytea);
                previous = hash;
            }

            await import.CompleteAsync();
        }

        await using (var head = new NpgsqlCommand("INSERT INTO auditlog.chain_heads (writer_id, sequence, hash) VALUES ($1, $2, $3)", connection, transaction))
        {
            head.Parameters.Add(new NpgsqlParameter { Value = writer });
            head.Parameters.Add(new NpgsqlParameter { Value = (long)count });
            head.Parameters.Add(new NpgsqlParameter { Value = previous });
            await head.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
        return writer;
    }
}
