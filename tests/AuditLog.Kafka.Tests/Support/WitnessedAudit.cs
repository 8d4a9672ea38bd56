using AuditLog.Integrity;
using AuditLog.Kafka.Tests.Relay;
using AuditLog.Kafka.Witness;
using AuditLog.PostgreSql;
using AuditLog.Testing;
using Confluent.Kafka;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace AuditLog.Kafka.Tests.Support;

/// <summary>
/// Events written by a host with PostgreSQL and published by its real relay to a mock cluster, then the host stopped:
/// the database and the topic agree, until a test tampers with one of them and asks the <see cref="TopicWitness"/>.
/// </summary>
public sealed class WitnessedAudit : IAsyncDisposable
{
    public const string Actor = "test-witness";

    private readonly ServiceProvider services;

    private WitnessedAudit(string database, KafkaMockCluster cluster)
    {
        Database = database;
        Cluster = cluster;
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddAuditLog().AddPostgreSql(database);
        services = collection.BuildServiceProvider();
    }

    public string Database { get; }

    public KafkaMockCluster Cluster { get; }

    public static async Task<WitnessedAudit> StartAsync(RelayFixture fixture, int events)
    {
        var audit = new WitnessedAudit(await fixture.NewDatabaseAsync(), RelayDeliveryTests.StartCluster());
        await audit.PublishAsync(host => host.WriteAsync(events, "witness"));
        return audit;
    }

    /// <summary>Runs a host with the relay while <paramref name="write"/> logs, until everything committed is on the topic.</summary>
    public async Task PublishAsync(Func<KafkaExportHost, Task> write)
    {
        await using var host = await KafkaExportHost.StartAsync(Database, KafkaExportHost.Variables(Cluster));
        await write(host);
        await DatabaseChains.WaitUntilRelayedAsync(Database, TimeSpan.FromMinutes(2));
    }

    /// <summary>Compares <paramref name="topic"/> with the database; the findings in the order reported.</summary>
    internal async Task<(TopicWitnessResult Result, List<TopicFinding> Findings)> CompareAsync(string topic = KafkaExportHost.Topic)
    {
        var witness = new TopicWitness(
            services.GetRequiredService<AuditDatabase>(), new ClientConfig { BootstrapServers = Cluster.BootstrapServers }, KafkaExportHost.ClusterId, topic);
        var findings = new List<TopicFinding>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var result = await witness.CompareAsync(
            (finding, _) =>
            {
                findings.Add(finding);
                return ValueTask.CompletedTask;
            },
            progress: null,
            timeout.Token);
        return (result, findings);
    }

    public Task<AuditVerificationResult> VerifyDatabaseAsync() => services.GetRequiredService<AuditIntegrityVerifier>().VerifyAsync();

    public Task<AuditPurgeResult> PurgeAsync(TimeSpan olderThan) => services.GetRequiredService<AuditRetention>().PurgeAsync(olderThan);

    /// <summary>The only writer's id and head (the host writes with one sink, so one chain).</summary>
    public async Task<(Guid Writer, long Head)> ChainAsync()
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand("SELECT writer_id, sequence FROM auditlog.chain_heads", connection);
        await using var reader = await command.ExecuteReaderAsync();
        (await reader.ReadAsync()).Should().BeTrue();
        var chain = (reader.GetGuid(0), reader.GetInt64(1));
        (await reader.ReadAsync()).Should().BeFalse("the host wrote one chain");
        return chain;
    }

    public async Task<Guid> IdAtAsync(Guid writer, long sequence)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand("SELECT id FROM auditlog.events WHERE writer_id = $1 AND sequence = $2", connection);
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = writer });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = sequence });
        return (Guid)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Runs SQL as the superuser with the append-only triggers off, as an attacker with the database would.</summary>
    public async Task<int> TamperAsync(string sql, params object[] parameters)
    {
        await using var connection = await OpenAsync();
        await using (var replica = new NpgsqlCommand("SET session_replication_role = replica", connection))
        {
            await replica.ExecuteNonQueryAsync();
        }

        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }

        return await command.ExecuteNonQueryAsync();
    }

    /// <summary>
    /// Changes the actor of the event at <paramref name="sequence"/> (payload and column), then recomputes every hash from
    /// there to the head with <see cref="ChainHasher"/> and moves the head's hash: the database's chain stays consistent.
    /// </summary>
    public async Task RewriteFromAsync(Guid writer, long sequence)
    {
        (await TamperAsync(
            "UPDATE auditlog.events SET payload = replace(payload, $1, 'mallory'), actor_id = 'mallory' WHERE writer_id = $2 AND sequence = $3",
            Actor, writer, sequence)).Should().Be(1);

        var rows = new List<(long Sequence, string Payload, byte[] PreviousHash)>();
        await using (var connection = await OpenAsync())
        {
            await using var command = new NpgsqlCommand(
                "SELECT sequence, payload, previous_hash FROM auditlog.events WHERE writer_id = $1 AND sequence >= $2 ORDER BY sequence", connection);
            command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = writer });
            command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = sequence });
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                rows.Add((reader.GetInt64(0), reader.GetString(1), (byte[])reader[2]));
            }
        }

        var hasher = new ChainHasher(null);
        var previous = rows[0].PreviousHash;
        foreach (var row in rows)
        {
            var hash = hasher.Hash(previous, writer, row.Sequence, row.Payload);
            await TamperAsync("UPDATE auditlog.events SET previous_hash = $1, hash = $2 WHERE writer_id = $3 AND sequence = $4", previous, hash, writer, row.Sequence);
            previous = hash;
        }

        (await TamperAsync("UPDATE auditlog.chain_heads SET hash = $1 WHERE writer_id = $2", previous, writer)).Should().Be(1);
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        await Cluster.DisposeAsync();
    }

    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(Database);
        await connection.OpenAsync();
        return connection;
    }
}
