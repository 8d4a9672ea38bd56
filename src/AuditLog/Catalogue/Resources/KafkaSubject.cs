namespace AuditLog.Resources;

/// <summary>A Schema Registry subject of a Kafka cluster, for exportable events.</summary>
/// <param name="Cluster">The cluster id.</param>
/// <param name="Name">The subject name.</param>
public sealed record KafkaSubject(string Cluster, string Name) : IResourceAddress
{
    /// <summary>The <c>Subject</c> resource type: <c>//kafka/kafkacluster/&lt;cluster&gt;/subject/&lt;name&gt;</c>.</summary>
    public static AuditResourceType ResourceType { get; } = new("Subject", AuditEventFamily.Exportable, "//kafka/kafkacluster/<cluster>/subject/<name>");

    /// <inheritdoc />
    public IReadOnlyList<string?> AddressParts => [Cluster, Name];
}
