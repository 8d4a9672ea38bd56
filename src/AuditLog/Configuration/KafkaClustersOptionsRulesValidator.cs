using Microsoft.Extensions.Options;

namespace AuditLog.Configuration;

/// <summary>
/// Rules of <see cref="KafkaClustersOptions"/> across clusters: ids are unique. Variables that could not be
/// read are reported here too; each cluster's own fields are checked by <see cref="KafkaClustersOptionsValidator"/>.
/// </summary>
internal sealed class KafkaClustersOptionsRulesValidator : IValidateOptions<KafkaClustersOptions>
{
    public ValidateOptionsResult Validate(string? name, KafkaClustersOptions options)
    {
        var errors = new List<string>(options.BindingErrors);
        foreach (var duplicate in options.Clusters.Where(c => c.Id is not null).GroupBy(c => c.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            errors.Add($"Kafka cluster id '{duplicate.Key}' is registered {duplicate.Count()} times ({CdkVariables.ClustersPrefix}<n>_{CdkVariables.ClusterId} must be unique).");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
