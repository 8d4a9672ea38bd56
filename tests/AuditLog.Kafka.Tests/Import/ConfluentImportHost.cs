using AuditLog.Kafka.Tests.Support;
using AuditLog.Testing;
using Npgsql;

namespace AuditLog.Kafka.Tests.Import;

/// <summary>A host with PostgreSQL and the cluster <c>local</c> (a mock cluster holding Confluent's audit topic), and a writer to that topic.</summary>
internal sealed class ConfluentImportHost : IAsyncDisposable
{
    public const string Topic = ConfluentImportOptions.DefaultTopic;

    private ConfluentImportHost(KafkaMockCluster cluster, KafkaExportHost host, string connectionString)
    {
        Cluster = cluster;
        Host = host;
        ConnectionString = connectionString;
        Writer = new TopicWriter(cluster.BootstrapServers, Topic);
    }

    public KafkaMockCluster Cluster { get; }

    public KafkaExportHost Host { get; }

    public string ConnectionString { get; }

    public TopicWriter Writer { get; }

    public ConfluentAuditImporter Importer => Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<ConfluentAuditImporter>(Host.Host.Services);

    public static async Task<ConfluentImportHost> StartAsync(RelayFixture fixture, int partitions = 2)
    {
        var cluster = KafkaMockCluster.Start();
        cluster.CreateTopic(Topic, partitions, replicationFactor: 1);
        var connectionString = await fixture.NewDatabaseAsync();
        // No CDK_AUDITLOGPUBLISHER_*: this host imports, it does not export.
        var host = await KafkaExportHost.StartAsync(connectionString, new Dictionary<string, string>
        {
            ["CDK_CLUSTERS_0_ID"] = KafkaExportHost.ClusterId,
            ["CDK_CLUSTERS_0_BOOTSTRAPSERVERS"] = cluster.BootstrapServers,
        });
        return new ConfluentImportHost(cluster, host, connectionString);
    }

    public Task<ConfluentImportResult> ImportAsync(Func<ConfluentImportOptions, ConfluentImportOptions>? configure = null)
    {
        var options = new ConfluentImportOptions { Cluster = KafkaExportHost.ClusterId };
        return Importer.ImportAsync(configure is null ? options : configure(options));
    }

    public Task WriteAsync(int partition, AuditEvent auditEvent) => Writer.WriteAsync(partition, ConfluentRecords.Json(auditEvent));

    /// <summary>The ids of the stored events, one per row.</summary>
    public async Task<List<Guid>> StoredIdsAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT id FROM auditlog.events", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var ids = new List<Guid>();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetGuid(0));
        }

        return ids;
    }

    public async ValueTask DisposeAsync()
    {
        Writer.Dispose();
        await Host.DisposeAsync();
        await Cluster.DisposeAsync();
    }
}
