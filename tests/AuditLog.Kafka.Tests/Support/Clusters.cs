using Microsoft.Extensions.Options;

namespace AuditLog.Kafka.Tests.Support;

/// <summary>Options as a host would have them after binding, built by hand.</summary>
public static class Clusters
{
    public static IOptions<KafkaClustersOptions> Registered(string id, string bootstrapServers, params (string Key, string Value)[] properties)
    {
        var cluster = new KafkaClusterOptions { Id = id, BootstrapServers = bootstrapServers };
        foreach (var (key, value) in properties)
        {
            cluster.Properties[key] = value;
        }

        var options = new KafkaClustersOptions();
        options.Clusters.Add(cluster);
        return Options.Create(options);
    }

    public static IOptions<AuditLogPublisherOptions> Publisher(string cluster, string topic, int partitions = 1, short replicationFactor = 1) =>
        Options.Create(new AuditLogPublisherOptions { Cluster = cluster, TopicName = topic, Partitions = partitions, ReplicationFactor = replicationFactor });
}
