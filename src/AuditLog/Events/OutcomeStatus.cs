namespace AuditLog;

/// <summary>The result of an audited action.</summary>
public enum OutcomeStatus
{
    /// <summary>The action was performed.</summary>
    Success,

    /// <summary>The action was attempted and failed.</summary>
    Failure,

    /// <summary>The action was refused for lack of permission.</summary>
    Denied,
}
