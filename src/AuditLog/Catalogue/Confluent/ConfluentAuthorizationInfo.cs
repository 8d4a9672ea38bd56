namespace AuditLog;

/// <summary>Confluent's <c>authorizationInfo</c>: the permission check and its decision.</summary>
/// <param name="Granted">Whether permission was granted: the event's outcome is success or denied.</param>
/// <param name="Operation">The operation checked (<c>Create</c>, <c>DescribeConfigs</c>, <c>CreateCloudCluster</c>…).</param>
/// <param name="ResourceType">Confluent's resource type (<c>Topic</c>, <c>Cluster</c>, <c>Group</c>, <c>Environment</c>…).</param>
/// <param name="ResourceName">The resource's name (<c>departures</c>).</param>
public sealed record ConfluentAuthorizationInfo(bool Granted, string Operation, string ResourceType, string ResourceName)
{
    /// <summary><c>patternType</c>: <c>LITERAL</c> or <c>PREFIXED</c>, when given.</summary>
    public string? PatternType { get; init; }

    /// <summary><c>superUserAuthorization</c>: permission came from super-user rights, when given.</summary>
    public bool? SuperUserAuthorization { get; init; }

    /// <summary><c>dryRun</c>: the check was made only to find out whether the action would be allowed, when given.</summary>
    public bool? DryRun { get; init; }

    /// <summary><c>aclAuthorization</c>: the ACL that decided, when an ACL did.</summary>
    public ConfluentAclAuthorization? AclAuthorization { get; init; }

    /// <summary><c>rbacAuthorization</c>: the role binding that decided, when RBAC did.</summary>
    public ConfluentRbacAuthorization? RbacAuthorization { get; init; }
}
