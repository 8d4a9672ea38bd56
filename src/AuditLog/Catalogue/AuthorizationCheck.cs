namespace AuditLog;

/// <summary>One authorization check, as Confluent's audit log records it.</summary>
/// <param name="Cluster">The cluster the resource belongs to.</param>
/// <param name="Principal">Whose permission was checked.</param>
/// <param name="Operation">The operation (<c>Read</c>, <c>Write</c>, <c>Create</c>, <c>DescribeConfigs</c>…).</param>
/// <param name="ResourceType">The resource type (<c>Topic</c>, <c>Group</c>, <c>Cluster</c>…).</param>
/// <param name="ResourceName">The resource name.</param>
/// <param name="Granted">Whether permission was granted.</param>
public sealed record AuthorizationCheck(string Cluster, AuditActor Principal, string Operation, string ResourceType, string ResourceName, bool Granted)
{
    /// <summary>How <see cref="ResourceName"/> is matched: <c>LITERAL</c> or <c>PREFIXED</c>.</summary>
    public string PatternType { get; init; } = "LITERAL";

    /// <summary>True when the check was made only to find out whether the action would be allowed.</summary>
    public bool DryRun { get; init; }

    /// <summary>True when permission came from super-user rights rather than a specific grant.</summary>
    public bool SuperUserAuthorization { get; init; }

    /// <summary>Why permission was denied, when it was.</summary>
    public string? Message { get; init; }

    /// <summary>Where the request came from.</summary>
    public AuditClient? Client { get; init; }
}
