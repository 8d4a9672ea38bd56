using AuditLog.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AuditLog.Kafka.Tests.Support;

/// <summary>
/// A started host exporting to a mock cluster's topic, configured as a Conduktor deployment is (CDK_* variables):
/// with PostgreSQL (<c>AddPostgreSql().AddKafka()</c>, the relay) or without (<c>AddKafka()</c> alone).
/// </summary>
public sealed class KafkaExportHost : IAsyncDisposable
{
    public const string ClusterId = "local";
    public const string Topic = "audit";

    private KafkaExportHost(IHost host, CapturedLogs logs)
    {
        Host = host;
        Logs = logs;
    }

    public IHost Host { get; }

    public CapturedLogs Logs { get; }

    public IAuditLogger Logger => Host.Services.GetRequiredService<IAuditLogger>();

    /// <summary>The variables that point the publisher at <paramref name="cluster"/>'s topic.</summary>
    public static Dictionary<string, string> Variables(KafkaMockCluster cluster, int partitions = 3, string publisherCluster = ClusterId) => new()
    {
        ["CDK_CLUSTERS_0_ID"] = ClusterId,
        ["CDK_CLUSTERS_0_BOOTSTRAPSERVERS"] = cluster.BootstrapServers,
        ["CDK_AUDITLOGPUBLISHER_CLUSTER"] = publisherCluster,
        ["CDK_AUDITLOGPUBLISHER_TOPICNAME"] = Topic,
        ["CDK_AUDITLOGPUBLISHER_TOPICCONFIG_PARTITION"] = partitions.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>Starts a host; <paramref name="connectionString"/> null exports without PostgreSQL.</summary>
    public static async Task<KafkaExportHost> StartAsync(string? connectionString, IReadOnlyDictionary<string, string> variables)
    {
        var logs = new CapturedLogs();
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(variables.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value)));
        builder.Logging.AddProvider(logs);
        var audit = builder.Services.AddAuditLog();
        if (connectionString is not null)
        {
            audit.AddPostgreSql(connectionString);
        }

        audit.AddKafka();
        var host = builder.Build();
        await host.StartAsync();
        return new KafkaExportHost(host, logs);
    }

    public Task<HealthReport> CheckHealthAsync() => Host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();

    /// <summary>Logs <paramref name="count"/> topic creations from <paramref name="tasks"/> concurrent callers.</summary>
    public Task WriteAsync(int count, string tag, int tasks = 8) => Task.WhenAll(Enumerable.Range(0, tasks).Select(task => Task.Run(async () =>
    {
        var actor = AuditActor.ServiceAccount("test-" + tag);
        for (var i = task; i < count; i += tasks)
        {
            await Logger.LogAsync(AuditEvents.Kafka.Topic.Create.For(new Resources.KafkaTopic("production", $"{tag}-{i % 997}"), actor));
        }
    })));

    public async ValueTask DisposeAsync()
    {
        await Host.StopAsync();
        Host.Dispose();
    }
}
