namespace AuditLog;

/// <summary>Confluent's <c>authenticationInfo</c>: who made the request, and how they authenticated.</summary>
/// <param name="Principal">The principal as Kafka names it (<c>User:306343</c>, <c>User:sa-1a2b3c</c>); the event's actor id.</param>
public sealed record ConfluentAuthenticationInfo(string Principal)
{
    /// <summary><c>metadata.mechanism</c>: how the principal authenticated (<c>SASL_SSL/PLAIN</c>, <c>SASL_SSL/OAUTHBEARER</c>, <c>mTLS</c>).</summary>
    public string? Mechanism { get; init; }

    /// <summary><c>metadata.identifier</c>: the credential used (an API key id such as <c>MAIDSRFG53RXYTKR</c>); never a secret.</summary>
    public string? Identifier { get; init; }

    /// <summary><c>principalResourceId</c>: the principal's resource id (<c>sa-…</c> for a service account, <c>u-…</c> for a user).</summary>
    public string? PrincipalResourceId { get; init; }

    /// <summary><c>identity</c>: the external identity the principal was mapped from (an OAuth subject, for example).</summary>
    public string? Identity { get; init; }
}
