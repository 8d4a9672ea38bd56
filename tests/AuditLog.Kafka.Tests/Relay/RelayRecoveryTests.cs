using AuditLog.Kafka.Tests.Support;
using AuditLog.Kafka.Wire;
using Confluent.Kafka;
using Npgsql;

namespace AuditLog.Kafka.Tests.Relay;

/// <summary>
/// A relay that died after publishing and before moving its cursor, set up exactly: the records it published are put
/// on the topic by hand, the cursor left behind them.
/// </summary>
[Collection(RelayCollection.Name)]
public sealed class RelayRecoveryTests(RelayFixture fixture)
{
    [Fact]
    public async Task Skips_the_events_a_dead_relay_published_past_its_cursor_including_after_a_failed_stretch()
    {
        var database = await fixture.NewDatabaseAsync();
        await using var cluster = RelayDeliveryTests.StartCluster();
        var variables = KafkaExportHost.Variables(cluster);
        variables["CDK_AUDITLOGPUBLISHER_CLUSTER"] = "not-yet";
        await using (var writer = await KafkaExportHost.StartAsync(database, variables))
        {
            await writer.WriteAsync(1_000, "recovery");
        }

        // The dead relay had moved its cursor to 200, then published 201–300 and 400–600 (301–399 failed).
        var events = await DatabaseChains.ReadAsync(database);
        var writerId = events.Select(e => e.Writer).Distinct().Single();
        await SetCursorAsync(database, writerId, 200);
        await ProduceAsync(cluster, database, events.Where(e => e.Sequence is > 200 and <= 300 or >= 400 and <= 600).Select(e => e.Sequence).ToHashSet());

        await using (var relay = await KafkaExportHost.StartAsync(database, KafkaExportHost.Variables(cluster)))
        {
            await DatabaseChains.WaitUntilRelayedAsync(database, TimeSpan.FromMinutes(1));
            relay.Logs.Messages.Should().Contain(m => m.Contains("already on the topic past its cursors", StringComparison.Ordinal));
        }

        var records = await TopicRecords.ReadAllAsync(cluster.BootstrapServers, KafkaExportHost.Topic);
        TopicAssert.HoldsExactlyOnce(records, events.Where(e => e.Sequence > 200).ToList());
    }

    private static async Task SetCursorAsync(string database, Guid writer, long sequence)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("INSERT INTO auditlog.relay_cursors (destination, writer_id, sequence) VALUES ('local/audit', @writer, @sequence)", connection);
        command.Parameters.AddWithValue("writer", writer);
        command.Parameters.AddWithValue("sequence", sequence);
        await command.ExecuteNonQueryAsync();
    }

    // The records the relay would have produced for these sequences, with the relay's own writer.
    private static async Task ProduceAsync(Testing.KafkaMockCluster cluster, string database, IReadOnlySet<long> sequences)
    {
        using var producer = new ProducerBuilder<byte[], byte[]>(new ProducerConfig { BootstrapServers = cluster.BootstrapServers, EnableIdempotence = true }).Build();
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT writer_id, sequence, previous_hash, hash, payload, resource_address FROM auditlog.events ORDER BY sequence", connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            if (sequences.Contains(reader.GetInt64(1)))
            {
                var link = AuditChainLink.Of(reader.GetGuid(0), reader.GetInt64(1), (byte[])reader[3], (byte[])reader[2], false);
                await producer.ProduceAsync(KafkaExportHost.Topic, AuditMessageWriter.Create(reader.GetString(4), reader.GetString(5), link, AuditMessageFormat.Structured));
            }
        }
    }
}
