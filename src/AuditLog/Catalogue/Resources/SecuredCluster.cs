namespace AuditLog.Resources;

/// <summary>A Kafka cluster a principal authenticates to.</summary>
/// <param name="Cluster">The cluster id.</param>
public sealed record SecuredCluster(string Cluster) : IResourceAddress
{
    /// <summary>The <c>KafkaCluster</c> resource type: <c>crn:///kafka=&lt;cluster&gt;</c>.</summary>
    public static AuditResourceType ResourceType { get; } = new("KafkaCluster", AuditEventFamily.Security, "crn:///kafka=<cluster>", "cluster");

    /// <inheritdoc />
    public IReadOnlyList<string?> AddressParts => [Cluster];
}
