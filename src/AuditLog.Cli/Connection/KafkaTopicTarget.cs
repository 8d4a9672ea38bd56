using AuditLog.Kafka.Configuration;
using Confluent.Kafka;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AuditLog.Cli.Connection;

/// <summary>
/// The audit topic a command reads and the cluster it is on, resolved as a host resolves them
/// (<c>AddAuditLog().AddKafka()</c>): clusters from <c>CDK_CLUSTERS_*</c> with the Kafka package's mapping and checks of
/// their client properties, defaults from <c>CDK_AUDITLOGPUBLISHER_CLUSTER</c> and <c>_TOPICNAME</c>.
/// </summary>
/// <param name="ClusterId">The registered cluster's id.</param>
/// <param name="Topic">The topic.</param>
/// <param name="Client">The client configuration of the cluster.</param>
internal sealed record KafkaTopicTarget(string ClusterId, string Topic, ClientConfig Client)
{
    /// <exception cref="CliException">No cluster or topic given nor configured, or no cluster has the id.</exception>
    /// <exception cref="OptionsValidationException">The <c>CDK_CLUSTERS_*</c> or <c>CDK_AUDITLOGPUBLISHER_*</c> settings are invalid.</exception>
    public static KafkaTopicTarget Resolve(IConfiguration configuration, string? cluster, string? topic)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(configuration);
        services.AddAuditLog().AddKafka();
        using var provider = services.BuildServiceProvider();
        if (cluster is null || topic is null)
        {
            var publisher = provider.GetRequiredService<IOptions<AuditLogPublisherOptions>>().Value;
            cluster ??= Blank(publisher.Cluster) ?? throw CliException.Usage("No cluster: pass --cluster, or set CDK_AUDITLOGPUBLISHER_CLUSTER.");
            topic ??= Blank(publisher.TopicName) ?? throw CliException.Usage("No topic: pass --topic, or set CDK_AUDITLOGPUBLISHER_TOPICNAME.");
        }

        var client = provider.GetRequiredService<KafkaClusterRegistry>().FindClientConfig(cluster)
            ?? throw CliException.Usage($"No cluster {cluster} is registered: CDK_CLUSTERS_<n>_ID and _BOOTSTRAPSERVERS register one.");
        return new KafkaTopicTarget(cluster, topic, client);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
