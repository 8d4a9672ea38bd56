using Npgsql;

namespace AuditLog.PostgreSql.Tests.Integrity;

/// <summary>
/// Plays the attacker: SQL run as the superuser with <c>session_replication_role = replica</c>, which turns the
/// append-only trigger off for this session only.
/// </summary>
public static class Tamper
{
    public static async Task ExecuteAsync(string connectionString, string sql, params object[] values)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var replica = new NpgsqlCommand("SET session_replication_role = replica", connection))
        {
            await replica.ExecuteNonQueryAsync();
        }

        await using var command = Sql.Command(connection, sql, values);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Swaps the sequences of two events of a chain (through a free sequence: the pair is unique).</summary>
    public static async Task SwapAsync(string connectionString, Guid writerId, long first, long second)
    {
        const string Move = "UPDATE auditlog.events SET sequence = $3 WHERE writer_id = $1 AND sequence = $2";
        await ExecuteAsync(connectionString, Move, writerId, first, -1L);
        await ExecuteAsync(connectionString, Move, writerId, second, first);
        await ExecuteAsync(connectionString, Move, writerId, -1L, second);
    }

    /// <summary>Adds <paramref name="by"/> to the sequences from <paramref name="from"/> on (through negatives: the pair is unique).</summary>
    public static async Task RenumberAsync(string connectionString, Guid writerId, long from, long by)
    {
        await ExecuteAsync(connectionString, "UPDATE auditlog.events SET sequence = -(sequence + $3) WHERE writer_id = $1 AND sequence >= $2", writerId, from, by);
        await ExecuteAsync(connectionString, "UPDATE auditlog.events SET sequence = -sequence WHERE writer_id = $1 AND sequence < 0", writerId);
    }

    /// <summary>Inserts a row no writer wrote: a new id, made-up hashes, the payload of a copied event.</summary>
    public static Task ForgeAsync(string connectionString, Guid writerId, long sequence, Guid copiedEventId, Guid forgedId) => ExecuteAsync(
        connectionString,
        """
        INSERT INTO auditlog.events (id, time, event_type, family, resource_type, resource_address, actor_kind, actor_id, outcome, payload, writer_id, sequence, previous_hash, hash)
        SELECT $4, time, event_type, family, resource_type, resource_address, actor_kind, actor_id, outcome,
               replace(payload, id::text, $4::text), $1, $2, sha256('forged previous'), sha256('forged')
        FROM auditlog.events WHERE id = $3
        """,
        writerId,
        sequence,
        copiedEventId,
        forgedId);
}
