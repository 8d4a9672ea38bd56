namespace AuditLog.Resources;

/// <summary>A Schema Registry subject, for legacy CRN events.</summary>
/// <param name="ClusterId">The cluster's UUID.</param>
/// <param name="Name">The subject name.</param>
public sealed record CrnSubject(Guid ClusterId, string Name) : IResourceAddress
{
    /// <summary>The <c>Subject</c> resource type: <c>kafka:/cluster/&lt;uuid&gt;/subject/&lt;subject-name&gt;</c>.</summary>
    public static AuditResourceType ResourceType { get; } = new("Subject", AuditEventFamily.Legacy, "kafka:/cluster/<uuid>/subject/<subject-name>", "clusterId", "name");

    /// <inheritdoc />
    public IReadOnlyList<string?> AddressParts => [ClusterId.ToString("D"), Name];
}
