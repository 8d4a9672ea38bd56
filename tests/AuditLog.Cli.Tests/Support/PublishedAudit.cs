using AuditLog.Testing;
using Confluent.Kafka;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace AuditLog.Cli.Tests.Support;

/// <summary>The sample audit log in PostgreSQL, published to a mock cluster's audit topic by the real relay.</summary>
public sealed class PublishedAudit : IDisposable
{
    public const string ClusterId = "local";
    public const string Topic = "audit";

    private PublishedAudit(KafkaMockCluster cluster, string database, IReadOnlyDictionary<string, AuditEvent> events)
    {
        Cluster = cluster;
        Database = database;
        Events = events;
    }

    public KafkaMockCluster Cluster { get; }

    public string Database { get; }

    public IReadOnlyDictionary<string, AuditEvent> Events { get; }

    /// <summary>The variables a Conduktor deployment exporting to the topic has.</summary>
    public Dictionary<string, string?> Variables => new()
    {
        ["CDK_CLUSTERS_0_ID"] = ClusterId,
        ["CDK_CLUSTERS_0_BOOTSTRAPSERVERS"] = Cluster.BootstrapServers,
        ["CDK_AUDITLOGPUBLISHER_CLUSTER"] = ClusterId,
        ["CDK_AUDITLOGPUBLISHER_TOPICNAME"] = Topic,
    };

    public static async Task<PublishedAudit> StartAsync(string database)
    {
        var cluster = KafkaMockCluster.Start();
        cluster.CreateTopic(Topic, partitions: 6, replicationFactor: 1);
        var events = await SampleAudit.WriteAsync(database);
        var published = new PublishedAudit(cluster, database, events);
        await published.RelayAsync();
        return published;
    }

    /// <summary>Runs a host's relay until every committed event is on the topic.</summary>
    public async Task RelayAsync()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(Variables);
        builder.Services.AddAuditLog().AddPostgreSql(Database).AddKafka();
        using var host = builder.Build();
        await host.StartAsync();
        try
        {
            var deadline = DateTime.UtcNow.AddMinutes(1);
            while (await BehindAsync() > 0)
            {
                DateTime.UtcNow.Should().BeBefore(deadline, "the relay publishes every committed event");
                await Task.Delay(100);
            }
        }
        finally
        {
            await host.StopAsync();
        }
    }

    /// <summary>Writes a copy of the first record of the topic again, as a broker that wrote a retried record twice would.</summary>
    public async Task DuplicateARecordAsync()
    {
        var config = new ConsumerConfig { BootstrapServers = Cluster.BootstrapServers, GroupId = "copy", EnablePartitionEof = true };
        using var consumer = new ConsumerBuilder<byte[], byte[]>(config).Build();
        using var producer = new ProducerBuilder<byte[], byte[]>(new ProducerConfig { BootstrapServers = Cluster.BootstrapServers }).Build();
        for (var partition = 0; partition < 6; partition++)
        {
            consumer.Assign(new TopicPartitionOffset(Topic, partition, Offset.Beginning));
            var result = consumer.Consume(TimeSpan.FromSeconds(10));
            if (result is { IsPartitionEOF: false })
            {
                await producer.ProduceAsync(new TopicPartition(Topic, partition), result.Message);
                return;
            }
        }

        throw new InvalidOperationException("The topic is empty.");
    }

    public Task<CliResult> RunAsync(params string[] args) => Tool.RunAsync(Variables, args);

    public void Dispose() => Cluster.Dispose();

    private async Task<long> BehindAsync()
    {
        await using var connection = new NpgsqlConnection(Database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT coalesce(sum(h.sequence - coalesce(c.sequence, 0)), 0)::bigint
            FROM auditlog.chain_heads h LEFT JOIN auditlog.relay_cursors c ON c.writer_id = h.writer_id AND c.destination = 'local/audit'
            """,
            connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
