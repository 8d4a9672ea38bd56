namespace AuditLog;

/// <summary>The result of an audited action, with an optional explanation.</summary>
/// <param name="Status">Success, failure or denial.</param>
/// <param name="Message">Why it failed or was denied, when known.</param>
public sealed record AuditOutcome(OutcomeStatus Status, string? Message = null)
{
    /// <summary>The action was performed.</summary>
    public static AuditOutcome Success { get; } = new(OutcomeStatus.Success);

    /// <summary>The action was attempted and failed.</summary>
    public static AuditOutcome Failure(string? message = null) => new(OutcomeStatus.Failure, message);

    /// <summary>The action was refused for lack of permission.</summary>
    public static AuditOutcome Denied(string? message = null) => new(OutcomeStatus.Denied, message);
}
