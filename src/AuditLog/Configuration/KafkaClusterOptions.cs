using System.ComponentModel.DataAnnotations;
using AuditLog.Configuration;

namespace AuditLog;

/// <summary>One registered Kafka cluster: Conduktor's <c>CDK_CLUSTERS_&lt;n&gt;_*</c> variables.</summary>
public sealed class KafkaClusterOptions
{
    /// <summary>The cluster id (<c>CDK_CLUSTERS_&lt;n&gt;_ID</c>).</summary>
    [RequiredClusterSetting(CdkVariables.ClusterId)]
    public string? Id { get; set; }

    /// <summary>The bootstrap servers, <c>host:port,host:port</c> (<c>CDK_CLUSTERS_&lt;n&gt;_BOOTSTRAPSERVERS</c>).</summary>
    [RequiredClusterSetting(CdkVariables.ClusterBootstrapServers)]
    [BootstrapServers]
    public string? BootstrapServers { get; set; }

    /// <summary>
    /// Client properties (<c>CDK_CLUSTERS_&lt;n&gt;_PROPERTIES</c>, one <c>key=value</c> a line), such as
    /// <c>security.protocol</c> or <c>sasl.jaas.config</c>. Values may be secrets: they are never logged.
    /// </summary>
    public IDictionary<string, string> Properties { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Where the cluster came from (<c>CDK_CLUSTERS_0</c>, <c>AuditLog:Clusters:0</c>), for error messages.</summary>
    internal string? Origin { get; set; }

    // CDK origins are variable prefixes (CDK_CLUSTERS_0 + _ID); configuration origins are section paths (…:0 + :Id).
    internal static string SettingName(ValidationContext context, string variable) =>
        ((KafkaClusterOptions)context.ObjectInstance).SettingName(variable, context.MemberName);

    /// <summary>How one of this cluster's settings is named in errors: <c>CDK_CLUSTERS_0_PROPERTIES</c>, <c>AuditLog:Clusters:0:Properties</c>.</summary>
    internal string SettingName(string variable, string? member) =>
        Origin is not null && Origin.StartsWith(CdkVariables.ClustersPrefix, StringComparison.Ordinal)
            ? $"{Origin}_{variable}"
            : $"{Origin}:{member}";
}
