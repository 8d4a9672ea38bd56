using Microsoft.Extensions.Options;

namespace AuditLog.Configuration;

/// <summary>Rules of <see cref="AuditLogPublisherOptions"/>; each error names the variable and the configuration key.</summary>
internal sealed class AuditLogPublisherOptionsValidator : IValidateOptions<AuditLogPublisherOptions>
{
    private static readonly string Cluster = CdkVariables.Describe(CdkVariables.PublisherCluster, $"{AuditLogPublisherOptions.SectionName}:{nameof(AuditLogPublisherOptions.Cluster)}");
    private static readonly string TopicName = CdkVariables.Describe(CdkVariables.PublisherTopicName, $"{AuditLogPublisherOptions.SectionName}:{nameof(AuditLogPublisherOptions.TopicName)}");
    private static readonly string Partitions = CdkVariables.Describe(CdkVariables.PublisherPartitions, $"{AuditLogPublisherOptions.SectionName}:{nameof(AuditLogPublisherOptions.Partitions)}");
    private static readonly string ReplicationFactor = CdkVariables.Describe(CdkVariables.PublisherReplicationFactor, $"{AuditLogPublisherOptions.SectionName}:{nameof(AuditLogPublisherOptions.ReplicationFactor)}");

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

        if (hasTopic && KafkaTopicName.Check(options.TopicName!) is { } problem)
        {
            errors.Add($"{TopicName} must be a legal Kafka topic name: it {problem}.");
        }

        if (options.Partitions < 1)
        {
            errors.Add($"{Partitions} must be at least 1.");
        }

        if (options.ReplicationFactor < 1)
        {
            errors.Add($"{ReplicationFactor} must be at least 1.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
