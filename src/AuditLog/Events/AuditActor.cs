namespace AuditLog;

/// <summary>The principal who performed an audited action.</summary>
/// <param name="Kind">What kind of principal it is.</param>
/// <param name="Id">Its stable identifier (e-mail, service account id, key id…).</param>
/// <param name="DisplayName">A human-readable name, when known.</param>
public sealed record AuditActor(ActorKind Kind, string Id, string? DisplayName = null)
{
    /// <summary>A person.</summary>
    public static AuditActor User(string email, string? displayName = null) => new(ActorKind.User, email, displayName);

    /// <summary>A service account.</summary>
    public static AuditActor ServiceAccount(string id, string? displayName = null) => new(ActorKind.ServiceAccount, id, displayName);

    /// <summary>An API key, identified by its public id (never the secret).</summary>
    public static AuditActor ApiKey(string keyId, string? displayName = null) => new(ActorKind.ApiKey, keyId, displayName);

    /// <summary>An application.</summary>
    public static AuditActor Application(string id, string? displayName = null) => new(ActorKind.Application, id, displayName);

    /// <summary>The host system itself.</summary>
    public static AuditActor System(string id, string? displayName = null) => new(ActorKind.System, id, displayName);
}
