namespace AuditLog.Pipeline;

/// <summary>An accepted event on its way to one sink, with the caller waiting for it when the sink completes on write.</summary>
internal sealed class PendingEvent(AuditEvent auditEvent, bool awaitWrite)
{
    public AuditEvent Event { get; } = auditEvent;

    public TaskCompletionSource? Written { get; } = awaitWrite ? new(TaskCreationOptions.RunContinuationsAsynchronously) : null;
}
