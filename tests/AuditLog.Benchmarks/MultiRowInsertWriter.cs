using System.Text;
using AuditLog.PostgreSql;
using AuditLog.PostgreSql.Integrity;
using AuditLog.PostgreSql.Schema;
using AuditLog.PostgreSql.Writing;
using Npgsql;

namespace AuditLog.Benchmarks;

/// <summary>
/// The alternative to the sink's binary COPY, kept only to measure against: the same chained rows
/// written with one multi-row INSERT per batch.
/// </summary>
internal sealed class MultiRowInsertWriter(AuditDatabase database)
{
    private const int Columns = 14;
    private readonly ChainHasher hasher = new(null);
    private readonly Guid writerId = Guid.CreateVersion7();
    private long sequence;
    private byte[] previous = ChainHasher.Genesis.ToArray();

    public async Task WriteAsync(IReadOnlyList<AuditEvent> batch, CancellationToken cancellationToken)
    {
        await using var connection = await database.DataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var sql = new StringBuilder($"INSERT INTO {database.Table(EventsTable.Events)} (id, time, event_type, family, resource_type, resource_address, actor_kind, actor_id, outcome, payload, writer_id, sequence, previous_hash, hash) VALUES ");
        await using var insert = new NpgsqlCommand { Connection = connection, Transaction = transaction };
        for (var i = 0; i < batch.Count; i++)
        {
            var row = EventRow.From(batch[i]);
            sequence++;
            var hash = hasher.Hash(previous, writerId, sequence, row.Payload);
            sql.Append(i == 0 ? "(" : ",(");
            for (var c = 1; c <= Columns; c++)
            {
                sql.Append('$').Append((i * Columns) + c).Append(c < Columns ? "," : ")");
            }

            foreach (var value in new object[] { row.Id, row.Time, row.EventType, row.Family, row.ResourceType, row.ResourceAddress, row.ActorKind, row.ActorId, row.Outcome, row.Payload, writerId, sequence, previous, hash })
            {
                insert.Parameters.Add(new NpgsqlParameter { Value = value });
            }

            previous = hash;
        }

        insert.CommandText = sql.ToString();
        await insert.ExecuteNonQueryAsync(cancellationToken);
        await using (var head = new NpgsqlCommand(
            $"INSERT INTO {database.Table(EventsTable.ChainHeads)} (writer_id, sequence, hash) VALUES ($1, $2, $3) ON CONFLICT (writer_id) DO UPDATE SET sequence = excluded.sequence, hash = excluded.hash",
            connection,
            transaction))
        {
            head.Parameters.Add(new NpgsqlParameter { Value = writerId });
            head.Parameters.Add(new NpgsqlParameter { Value = sequence });
            head.Parameters.Add(new NpgsqlParameter { Value = previous });
            await head.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }
}
