namespace AuditLog;

/// <summary>
/// Told about every sink failure: register implementations in the service collection to alert on
/// audit events that are late or were not delivered. Must not throw and should return quickly.
/// </summary>
public interface IAuditFailureListener
{
    /// <summary>Called for each failure.</summary>
    void OnFailure(AuditFailure failure);
}
