namespace AuditLog.Pipeline;

/// <summary>An accepted event on its way to one sink, with the caller waiting for it when the sink completes on write.</summary>
internal sealed class PendingEvent(AuditEvent auditEvent, string sink, bool awaitWrite)
{
    public AuditEvent Event { get; } = auditEvent;

    public string Sink { get; } = sink;

    public TaskCompletionSource? Written { get; } = awaitWrite ? new(TaskCreationOptions.RunContinuationsAsynchronously) : null;

    /// <summary>
    /// True when the wait ended without a write: the caller gave up (timeout or cancellation) or was told the
    /// write failed. Either way the caller took the action as not audited, so the event must not be written any more.
    /// </summary>
    public bool IsWithdrawn => Written is { Task.IsCompleted: true } written && !written.Task.IsCompletedSuccessfully;

    /// <summary>
    /// Withdraws the event for a caller that gives up. True when it will not be written: withdrawn now, or its
    /// write had already failed. False when it was already written (the caller may count it as audited) or
    /// when no caller waits on it (a sink that completes on acceptance keeps what it accepted).
    /// </summary>
    public bool TryWithdraw(Exception reason) =>
        Written is not null && (Written.TrySetException(reason) || !Written.Task.IsCompletedSuccessfully);
}
