namespace AuditLog.Pipeline;

/// <summary>An accepted event on its way to one sink, with the caller waiting for it when the sink completes on write.</summary>
internal sealed class PendingEvent(AuditEvent auditEvent, string sink, bool awaitWrite)
{
    public AuditEvent Event { get; } = auditEvent;

    public string Sink { get; } = sink;

    public TaskCompletionSource? Written { get; } = awaitWrite ? new(TaskCreationOptions.RunContinuationsAsynchronously) : null;

    /// <summary>True when a waiting caller gave up (timeout or cancellation): the event must not be written any more.</summary>
    public bool IsWithdrawn => Written is { Task.IsCompleted: true } written && !written.Task.IsCompletedSuccessfully;

    /// <summary>Withdraws the event for a caller that gives up; false when it was already written.</summary>
    public bool TryWithdraw(Exception reason) => Written is null || Written.TrySetException(reason) || !Written.Task.IsCompletedSuccessfully;
}
