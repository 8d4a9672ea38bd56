namespace AuditLog.Kafka.Configuration;

/// <summary>A Java client property librdkafka cannot be given: the key and what to do instead, never its value.</summary>
internal sealed record ClientPropertyError(string Key, string Problem)
{
    public override string ToString() => $"{Key} {Problem}";
}
