using AuditLog.PostgreSql;
using AuditLog.Testing;
using Microsoft.Extensions.Configuration;

namespace AuditLog.Sample;

/// <summary>
/// The servers the sample starts itself when none is configured: a throwaway PostgreSQL when no database is set
/// (<c>CDK_DATABASE_URL</c>, <c>CDK_DATABASE_HOST</c>…), the in-process mock Kafka cluster when no cluster is set
/// (<c>CDK_CLUSTERS_*</c>, <c>CDK_AUDITLOGPUBLISHER_CLUSTER</c>). Each is decided on its own, so a real database can
/// be used with the embedded cluster, and the other way round. They reach the host as the same <c>CDK_*</c> keys a
/// person would set, through <see cref="Settings"/>.
/// </summary>
internal sealed class EmbeddedServers : IAsyncDisposable
{
    public const string ClusterId = "embedded";
    public const string DefaultTopic = "_conduktor_console_audit_log";

    private PostgreSqlServer? database;
    private KafkaMockCluster? kafka;

    private EmbeddedServers()
    {
    }

    /// <summary>The <c>CDK_*</c> keys that point the host at the embedded servers; empty when both are configured.</summary>
    public Dictionary<string, string?> Settings { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>One line saying which servers are embedded and which are the configured ones.</summary>
    public string Description { get; private set; } = "";

    public bool HasKafka => kafka is not null;

    public static async Task<EmbeddedServers> StartAsync(IConfiguration configuration, CancellationToken cancellationToken)
    {
        var servers = new EmbeddedServers();
        try
        {
            if (!DatabaseConfigured(configuration))
            {
                servers.database = await PostgreSqlServer.StartAsync(cancellationToken);
                servers.Settings["CDK_DATABASE_URL"] = servers.database.ConnectionUrl;
            }

            if (!KafkaConfigured(configuration))
            {
                servers.kafka = KafkaMockCluster.Start();
                servers.Settings["CDK_CLUSTERS_0_ID"] = ClusterId;
                servers.Settings["CDK_CLUSTERS_0_BOOTSTRAPSERVERS"] = servers.kafka.BootstrapServers;
                servers.Settings["CDK_AUDITLOGPUBLISHER_CLUSTER"] = ClusterId;
                if (IsBlank(configuration, "CDK_AUDITLOGPUBLISHER_TOPICNAME") && IsBlank(configuration, $"{AuditLogPublisherOptions.SectionName}:TopicName"))
                {
                    servers.Settings["CDK_AUDITLOGPUBLISHER_TOPICNAME"] = DefaultTopic;
                }
            }

            servers.Description = servers.Describe();
            return servers;
        }
        catch
        {
            await servers.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Creates the audit topic on the mock cluster, which has no CreateTopics API: the host's provisioning then finds
    /// it instead of logging that it could not create it. The mock has one broker, hence replication factor 1.
    /// </summary>
    public void CreateTopic(AuditLogPublisherOptions publisher) => kafka?.CreateTopic(publisher.TopicName!, publisher.Partitions, replicationFactor: 1);

    public async ValueTask DisposeAsync()
    {
        kafka?.Dispose();
        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }

    private string Describe() => (database, kafka) switch
    {
        (not null, not null) =>
            "Embedded servers: a throwaway PostgreSQL and an in-process mock Kafka cluster (set CDK_DATABASE_* and CDK_CLUSTERS_*/CDK_AUDITLOGPUBLISHER_* to use yours).",
        (not null, null) =>
            "Embedded database: a throwaway PostgreSQL (set CDK_DATABASE_* to use yours); Kafka: the configured cluster.",
        (null, not null) =>
            "Embedded Kafka: an in-process mock cluster (set CDK_CLUSTERS_*/CDK_AUDITLOGPUBLISHER_* to use yours); database: the configured one.",
        _ => "Using the configured database and Kafka cluster.",
    };

    private static bool DatabaseConfigured(IConfiguration configuration) =>
        !IsBlank(configuration, "CDK_DATABASE_URL") ||
        !IsBlank(configuration, "CDK_DATABASE_HOST") ||
        !IsBlank(configuration, $"{AuditDatabaseOptions.SectionName}:Host") ||
        !IsBlank(configuration, $"{PostgreSqlAuditOptions.SectionName}:ConnectionString");

    private static bool KafkaConfigured(IConfiguration configuration) =>
        !IsBlank(configuration, "CDK_AUDITLOGPUBLISHER_CLUSTER") ||
        !IsBlank(configuration, $"{AuditLogPublisherOptions.SectionName}:Cluster") ||
        configuration.GetSection(KafkaClustersOptions.SectionName).GetChildren().Any() ||
        configuration.AsEnumerable().Any(e => e.Key.StartsWith("CDK_CLUSTERS_", StringComparison.OrdinalIgnoreCase) && !string.IsNullOrWhiteSpace(e.Value));

    private static bool IsBlank(IConfiguration configuration, string key) => string.IsNullOrWhiteSpace(configuration[key]);
}
