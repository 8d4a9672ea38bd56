namespace AuditLog;

/// <summary>Confluent's <c>result</c>: how the request ended.</summary>
/// <param name="Status"><c>SUCCESS</c>, or a failure such as <c>UNAUTHENTICATED</c> or <c>PERMISSION_DENIED</c>.</param>
public sealed record ConfluentResult(string Status)
{
    /// <summary>The success status.</summary>
    public const string Success = "SUCCESS";

    /// <summary><c>message</c>: why it failed (Confluent writes an empty message on success).</summary>
    public string? Message { get; init; }
}
