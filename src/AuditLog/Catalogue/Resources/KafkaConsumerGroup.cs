namespace AuditLog.Resources;

/// <summary>A consumer group of a Kafka cluster, for exportable events.</summary>
/// <param name="Cluster">The cluster id.</param>
/// <param name="Name">The consumer group id.</param>
public sealed record KafkaConsumerGroup(string Cluster, string Name) : IResourceAddress
{
    /// <summary>The <c>ConsumerGroup</c> resource type: <c>//kafka/kafkacluster/&lt;cluster&gt;/consumergroup/&lt;name&gt;</c>.</summary>
    public static AuditResourceType ResourceType { get; } = new("ConsumerGroup", AuditEventFamily.Exportable, "//kafka/kafkacluster/<cluster>/consumergroup/<name>");

    /// <inheritdoc />
    public IReadOnlyList<string?> AddressParts => [Cluster, Name];
}
