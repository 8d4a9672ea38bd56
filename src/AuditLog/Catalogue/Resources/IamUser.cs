namespace AuditLog.Resources;

/// <summary>A Console user, for exportable events.</summary>
/// <param name="Email">The user's e-mail address.</param>
public sealed record IamUser(string Email) : IResourceAddress
{
    /// <summary>The <c>User</c> resource type: <c>//iam/user/&lt;email&gt;</c>.</summary>
    public static AuditResourceType ResourceType { get; } = new("User", AuditEventFamily.Exportable, "//iam/user/<email>");

    /// <inheritdoc />
    public IReadOnlyList<string?> AddressParts => [Email];
}
