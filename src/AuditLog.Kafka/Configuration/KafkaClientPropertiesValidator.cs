using AuditLog.Configuration;
using Microsoft.Extensions.Options;

namespace AuditLog.Kafka.Configuration;

/// <summary>
/// Refuses, at start-up, client properties librdkafka cannot honour. Each error names the setting the cluster came
/// from (<c>CDK_CLUSTERS_0_PROPERTIES</c>), the key and what to do instead; never a value, which may be a secret.
/// </summary>
internal sealed class KafkaClientPropertiesValidator : IValidateOptions<KafkaClustersOptions>
{
    public ValidateOptionsResult Validate(string? name, KafkaClustersOptions options)
    {
        var errors = options.Clusters
            .SelectMany(cluster => JavaClientPropertyMapper.Map(cluster.Properties).Errors
                .Select(error => $"{cluster.SettingName(CdkVariables.ClusterProperties, nameof(cluster.Properties))}: {error}."))
            .ToList();
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
