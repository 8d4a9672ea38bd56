using System.Text.Json;

namespace AuditLog;

/// <summary>Confluent's <c>rbacAuthorization</c>: the role binding that decided a check.</summary>
/// <param name="Role">The role (<c>OrganizationAdmin</c>, <c>DeveloperRead</c>…).</param>
public sealed record ConfluentRbacAuthorization(string Role)
{
    /// <summary>
    /// <c>scope</c>, as Confluent writes it (<c>{"outerScope":["organization=…"],"clusters":{…}}</c>): kept as JSON
    /// because its members vary with the resource.
    /// </summary>
    public JsonElement? Scope { get; init; }
}
