using AuditLog.PostgreSql;
using AuditLog.PostgreSql.Outbox;
using Npgsql;

namespace AuditLog.Kafka.Tests.Support;

/// <summary>One committed event as PostgreSQL holds it.</summary>
public sealed record CommittedEvent(Guid Writer, long Sequence, byte[] Hash, string Payload);

/// <summary>What the database holds, to compare the topic with.</summary>
public static class DatabaseChains
{
    public static async Task<IReadOnlyList<CommittedEvent>> ReadAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT writer_id, sequence, hash, payload FROM auditlog.events ORDER BY writer_id, sequence", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var events = new List<CommittedEvent>();
        while (await reader.ReadAsync())
        {
            events.Add(new CommittedEvent(reader.GetGuid(0), reader.GetInt64(1), (byte[])reader[2], reader.GetString(3)));
        }

        return events;
    }

    /// <summary>Waits until the relay's cursors reach every chain head (everything committed is acknowledged).</summary>
    public static async Task WaitUntilRelayedAsync(string connectionString, TimeSpan timeout)
    {
        await using var database = new AuditDatabase(NpgsqlDataSource.Create(connectionString), new PostgreSqlAuditOptions(), ownsDataSource: true);
        var outbox = new AuditOutbox(database, $"{KafkaExportHost.ClusterId}/{KafkaExportHost.Topic}");
        var deadline = DateTime.UtcNow + timeout;
        long behind;
        do
        {
            behind = (await outbox.ReadLagAsync(CancellationToken.None)).Events;
            if (behind == 0)
            {
                return;
            }

            await Task.Delay(100);
        }
        while (DateTime.UtcNow < deadline);

        throw new TimeoutException($"The relay was still {behind} events behind the chain heads after {timeout}.");
    }
}
