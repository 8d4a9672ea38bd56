namespace AuditLog;

/// <summary>One authentication attempt, as Confluent's audit log records it.</summary>
/// <param name="Cluster">The cluster (or service) the principal authenticated to.</param>
/// <param name="Principal">Who tried to authenticate.</param>
/// <param name="Mechanism">The mechanism (<c>SASL_SSL/PLAIN</c>, <c>SASL/OAUTHBEARER</c>, <c>mTLS</c>…).</param>
/// <param name="Succeeded">Whether authentication succeeded.</param>
public sealed record AuthenticationAttempt(string Cluster, AuditActor Principal, string Mechanism, bool Succeeded)
{
    /// <summary>The credential identifier used (an API key id, a certificate subject); never a secret.</summary>
    public string? Identifier { get; init; }

    /// <summary>Why authentication failed, when it did.</summary>
    public string? Message { get; init; }

    /// <summary>Where the attempt came from.</summary>
    public AuditClient? Client { get; init; }
}
