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
    internal static string SettingName(ValidationContext context, string variable)
    {
        var origin = ((KafkaClusterOptions)context.ObjectInstance).Origin;
        return origin is not null && origin.StartsWith(CdkVariables.ClustersPrefix, StringComparison.Ordinal)
            ? $"{origin}_{variable}"
            : $"{origin}:{context.MemberName}";
    }
}
