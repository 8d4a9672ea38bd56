namespace AuditLog;

/// <summary>The kind of principal that performed an audited action.</summary>
public enum ActorKind
{
    /// <summary>A person, usually identified by e-mail.</summary>
    User,

    /// <summary>A service account.</summary>
    ServiceAccount,

    /// <summary>An API key.</summary>
    ApiKey,

    /// <summary>An application (for example a self-service application instance).</summary>
    Application,

    /// <summary>The host system itself (scheduled jobs, automatic actions).</summary>
    System,
}
