namespace AuditLog;

/// <summary>Confluent's <c>aclAuthorization</c>: the ACL that decided a check.</summary>
/// <param name="PermissionType"><c>ALLOW</c> or <c>DENY</c>.</param>
/// <param name="Host">The host the ACL applies to (<c>*</c> for any).</param>
public sealed record ConfluentAclAuthorization(string PermissionType, string Host);
