using Microsoft.Extensions.Options;

namespace AuditLog.Configuration;

/// <summary>
/// Rules of <see cref="AuditLogPublisherOptions"/> across fields: a cluster and a topic come together. Variables
/// that could not be read are reported here too; each error names the variable and the configuration key.
/// </summary>
internal sealed class AuditLogPublisherOptionsRulesValidator : IValidateOptions<AuditLogPublisherOptions>
{
    private static readonly string Cluster = CdkVariables.Describe(CdkVariables.PublisherCluster, $"{AuditLogPublisherOptions.SectionName}:{nameof(AuditLogPublisherOptions.Cluster)}");
    private static readonly string TopicName = CdkVariables.Describe(CdkVariables.PublisherTopicName, $"{AuditLogPublisherOptions.SectionName}:{nameof(AuditLogPublisherOptions.TopicName)}");

    public ValidateOptionsResult Validate(string? name, AuditLogPublisherOptions options)
    {
        var errors = new List<string>(options.BindingErrors);
        var hasCluster = !string.IsNullOrWhiteSpace(options.Cluster);
        var hasTopic = !string.IsNullOrWhiteSpace(options.TopicName);
        if (hasCluster && !hasTopic)
        {
            errors.Add($"{TopicName} is required when {CdkVariables.PublisherCluster} is set.");
        }

        if (hasTopic && !hasCluster)
        {
            errors.Add($"{Cluster} is required when {CdkVariables.PublisherTopicName} is set.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
