using Confluent.Kafka;
using Microsoft.Extensions.Options;

namespace AuditLog.Kafka.Configuration;

/// <summary>
/// The registered clusters (<c>CDK_CLUSTERS_*</c>) as Confluent.Kafka sees them: bootstrap servers and client properties
/// mapped from their Java names, as the export uses them. <c>AddKafka()</c> registers it; a host resolves it to read the
/// audit topic with <see cref="AuditTopicReader"/>.
/// </summary>
/// <param name="options">The registered clusters.</param>
public sealed class KafkaClusterRegistry(IOptions<KafkaClustersOptions> options)
{
    /// <summary>
    /// The client configuration of cluster <paramref name="clusterId"/>, or null when no cluster has that id. Use it as it
    /// is, or as the base of a <see cref="ProducerConfig"/> or <see cref="AdminClientConfig"/> (their copy constructors).
    /// </summary>
    public ClientConfig? FindClientConfig(string clusterId)
    {
        if (options.Value.Find(clusterId) is not { } cluster)
        {
            return null;
        }

        var mapping = JavaClientPropertyMapper.Map(cluster.Properties);
        if (!mapping.IsValid)
        {
            // Unreachable once KafkaClientPropertiesValidator ran at start-up; options built by hand skip it.
            throw new InvalidOperationException($"Kafka cluster '{clusterId}' has client properties librdkafka cannot use: {string.Join("; ", mapping.Errors)}.");
        }

        return new ClientConfig(mapping.Settings) { BootstrapServers = cluster.BootstrapServers };
    }
}
