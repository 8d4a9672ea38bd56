using AuditLog.PostgreSql.Schema;
using AuditLog.PostgreSql.Tests.Support;
using Dapper;
using Npgsql;

namespace AuditLog.PostgreSql.Tests.Integrity;

/// <summary>
/// Plays the attacker: SQL run as the superuser with <c>session_replication_role = replica</c>, which turns the
/// append-only trigger off for this session only.
/// </summary>
public static class Tamper
{
    public static async Task ExecuteAsync(string connectionString, string sql, object? parameters = null)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await connection.ExecuteAsync("SET session_replication_role = replica");
        await connection.ExecuteAsync(sql, parameters);
    }

    /// <summary>Swaps the sequences of two events of a chain (through a free sequence: the pair is unique).</summary>
    public static async Task SwapAsync(string connectionString, Guid writerId, long first, long second)
    {
        const string Move = "UPDATE auditlog.events SET sequence = @to WHERE writer_id = @writerId AND sequence = @from";
        await ExecuteAsync(connectionString, Move, new { writerId, from = first, to = -1L });
        await ExecuteAsync(connectionString, Move, new { writerId, from = second, to = first });
        await ExecuteAsync(connectionString, Move, new { writerId, from = -1L, to = second });
    }

    /// <summary>Adds <paramref name="by"/> to the sequences from <paramref name="from"/> on (through negatives: the pair is unique).</summary>
    public static async Task RenumberAsync(string connectionString, Guid writerId, long from, long by)
    {
        await ExecuteAsync(connectionString, "UPDATE auditlog.events SET sequence = -(sequence + @by) WHERE writer_id = @writerId AND sequence >= @from", new { writerId, from, by });
        await ExecuteAsync(connectionString, "UPDATE auditlog.events SET sequence = -sequence WHERE writer_id = @writerId AND sequence < 0", new { writerId });
    }

    /// <summary>Inserts a row no writer wrote: a new id, made-up hashes, the payload of a copied event.</summary>
    public static Task ForgeAsync(string connectionString, Guid writerId, long sequence, Guid copiedEventId, Guid forgedId) => ExecuteAsync(
        connectionString,
        $"""
        INSERT INTO auditlog.events ({EventColumns.Names})
        SELECT {EventValues.SelectList(
            new Dictionary<string, string>
            {
                ["id"] = "@forgedId",
                ["payload"] = "replace(payload, id::text, @forgedId::text)",
                ["writer_id"] = "@writerId",
                ["sequence"] = "@sequence",
                ["previous_hash"] = "sha256('forged previous')",
                ["hash"] = "sha256('forged')",
            },
            sameNameByDefault: true)}
        FROM auditlog.events WHERE id = @copiedEventId
        """,
        new { writerId, sequence, copiedEventId, forgedId });
}
