namespace AuditLog;

/// <summary>Confluent's <c>requestMetadata</c>: where the request came from.</summary>
public sealed record ConfluentRequestMetadata
{
    /// <summary><c>clientAddress</c>: the client's IP address; the event's client IP address.</summary>
    public string? ClientAddress { get; init; }

    /// <summary><c>requestId</c>.</summary>
    public string? RequestId { get; init; }

    /// <summary><c>connectionId</c>.</summary>
    public string? ConnectionId { get; init; }

    /// <summary><c>clientId</c>: the Kafka client id (<c>adminclient-42</c>); the event's client user agent.</summary>
    public string? ClientId { get; init; }
}
