namespace AuditLog.Resources;

/// <summary>A topic of a Kafka cluster, for exportable events.</summary>
/// <param name="Cluster">The cluster id.</param>
/// <param name="Name">The topic name.</param>
public sealed record KafkaTopic(string Cluster, string Name) : IResourceAddress
{
    /// <summary>The <c>Topic</c> resource type: <c>//kafka/kafkacluster/&lt;cluster&gt;/topic/&lt;name&gt;</c>.</summary>
    public static AuditResourceType ResourceType { get; } = new("Topic", AuditEventFamily.Exportable, "//kafka/kafkacluster/<cluster>/topic/<name>") { SourceShownByConduktor = true };

    /// <inheritdoc />
    public IReadOnlyList<string?> AddressParts => [Cluster, Name];
}
