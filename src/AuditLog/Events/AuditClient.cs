namespace AuditLog;

/// <summary>Where an audited request came from.</summary>
/// <param name="IpAddress">The client's IP address (IPv4 or IPv6 text form), when known.</param>
/// <param name="UserAgent">The client's user agent, when known.</param>
public sealed record AuditClient(string? IpAddress, string? UserAgent = null);
