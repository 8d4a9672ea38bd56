using Microsoft.Extensions.Options;

namespace AuditLog;

/// <summary>
/// The registered Kafka clusters: <c>CDK_CLUSTERS_&lt;n&gt;_*</c>, or the <c>AuditLog:Clusters</c> configuration
/// section (an array). Bound and validated at start-up; the AuditLog.Kafka package (<c>AddKafka()</c>) connects to them.
/// </summary>
public sealed class KafkaClustersOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionName = "AuditLog:Clusters";

    /// <summary>The clusters, in the order of their index.</summary>
    [ValidateEnumeratedItems]
    public IList<KafkaClusterOptions> Clusters { get; } = [];

    /// <summary>Finds a cluster by id.</summary>
    public KafkaClusterOptions? Find(string id) => Clusters.FirstOrDefault(c => string.Equals(c.Id, id, StringComparison.Ordinal));

    internal List<string> BindingErrors { get; } = [];
}
