using Npgsql;

namespace AuditLog.AspNetCore.Tests.Support;

/// <summary>Plays the attacker: rewrites a stored event with the append-only trigger off for this session only.</summary>
public static class Tamper
{
    public static async Task ChangePayloadAsync(string connectionString, Guid eventId)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var replica = new NpgsqlCommand("SET session_replication_role = replica", connection))
        {
            await replica.ExecuteNonQueryAsync();
        }

        await using var update = new NpgsqlCommand("UPDATE auditlog.events SET payload = replace(payload, 'alice@', 'eve@') WHERE id = @id", connection);
        update.Parameters.AddWithValue("id", eventId);
        (await update.ExecuteNonQueryAsync()).Should().Be(1);
    }
}
