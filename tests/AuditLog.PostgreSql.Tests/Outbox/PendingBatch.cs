using AuditLog.PostgreSql.Tests.Support;
using Npgsql;

namespace AuditLog.PostgreSql.Tests.Outbox;

/// <summary>
/// A writer's batch inserted and its chain head moved in a transaction left open, as the sink does before it
/// commits; rows and hashes are placeholders (the outbox does not check them).
/// </summary>
public sealed class PendingBatch : IAsyncDisposable
{
    private readonly NpgsqlConnection connection;
    private readonly NpgsqlTransaction transaction;

    private PendingBatch(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        this.connection = connection;
        this.transaction = transaction;
    }

    /// <summary>Inserts sequences <paramref name="first"/> to <paramref name="last"/> of <paramref name="writer"/> and sets its head to <paramref name="last"/>.</summary>
    public static async Task<PendingBatch> BeginAsync(string connectionString, Guid writer, long first, long last, string schema = "auditlog")
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var transaction = await connection.BeginTransactionAsync();
        await using var insert = new NpgsqlCommand(
            EventValues.InsertSelect($"{schema}.events", new Dictionary<string, string>
            {
                ["id"] = "gen_random_uuid()",
                ["time"] = "now()",
                ["event_type"] = "'t'",
                ["family"] = "'legacy'",
                ["resource_type"] = "'Topic'",
                ["resource_address"] = "'a/' || s",
                ["actor_kind"] = "'user'",
                ["actor_id"] = "'u'",
                ["outcome"] = "'success'",
                ["payload"] = "'{}'",
                ["writer_id"] = "@writer",
                ["sequence"] = "s",
                ["previous_hash"] = @"'\x00'",
                ["hash"] = @"'\x00'",
            }) +
            $"""

            FROM generate_series(@first, @last) AS s;
            INSERT INTO {schema}.chain_heads (writer_id, sequence, hash) VALUES (@writer, @last, '\x00')
            ON CONFLICT (writer_id) DO UPDATE SET sequence = excluded.sequence, hash = excluded.hash;
            """,
            connection,
            transaction);
        insert.Parameters.AddWithValue("writer", writer);
        insert.Parameters.AddWithValue("first", first);
        insert.Parameters.AddWithValue("last", last);
        await insert.ExecuteNonQueryAsync();
        return new PendingBatch(connection, transaction);
    }

    public Task CommitAsync() => transaction.CommitAsync();

    public Task RollbackAsync() => transaction.RollbackAsync();

    public async ValueTask DisposeAsync()
    {
        await transaction.DisposeAsync();
        await connection.DisposeAsync();
    }
}
