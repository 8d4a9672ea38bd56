namespace AuditLog.Configuration;

/// <summary>A set topic name must follow Kafka's rules (<see cref="KafkaTopicName"/>).</summary>
internal sealed class LegalTopicNameAttribute : FieldRuleAttribute
{
    protected override string? Check(object? value) =>
        value is string name && !string.IsNullOrWhiteSpace(name) ? KafkaTopicName.Check(name) : null;
}
