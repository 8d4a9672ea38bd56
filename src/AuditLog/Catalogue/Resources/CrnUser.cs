namespace AuditLog.Resources;

/// <summary>A Console user, for legacy CRN events.</summary>
/// <param name="Email">The user's e-mail address.</param>
public sealed record CrnUser(string Email) : IResourceAddress
{
    /// <summary>The <c>User</c> resource type: <c>platform:/user/&lt;email&gt;</c>.</summary>
    public static AuditResourceType ResourceType { get; } = new("User", AuditEventFamily.Legacy, "platform:/user/<email>", "email");

    /// <inheritdoc />
    public IReadOnlyList<string?> AddressParts => [Email];
}
