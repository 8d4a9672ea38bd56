using Confluent.Kafka;

namespace AuditLog.Kafka.Configuration;

/// <summary>Copies of a cluster's client settings, for building a consumer's, producer's or admin client's own.</summary>
internal static class ClusterSettings
{
    /// <summary>
    /// A copy of <paramref name="cluster"/>'s settings. Confluent.Kafka's config copy constructors
    /// (<c>new ConsumerConfig(config)</c>…) share the dictionary they are given, so a setting made on the new config
    /// would leak into the cluster's, and from there into every other client made from it: start from this copy.
    /// </summary>
    public static Dictionary<string, string> CopyOf(ClientConfig cluster)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        return new Dictionary<string, string>(cluster);
    }
}
