namespace AuditLog.Pipeline;

/// <summary>An accepted event on its way to one sink, with the caller waiting for it when the sink completes on write.</summary>
/// <remarks>
/// A waited-on event moves from waiting to either withdrawn (its caller gave up and was told it failed) or
/// committing (a sink is about to make it durable). The two exclude each other, so an event is never stored
/// after its caller was told it was not, and a caller is never told "not audited" about an event being committed.
/// </remarks>
internal sealed class PendingEvent(AuditEvent auditEvent, string sink, bool awaitWrite)
{
    private const int Waiting = 0;
    private const int Committing = 1;
    private const int Withdrawn = 2;
    private int state;

    public AuditEvent Event { get; } = auditEvent;

    public string Sink { get; } = sink;

    public TaskCompletionSource? Written { get; } = awaitWrite ? new(TaskCreationOptions.RunContinuationsAsynchronously) : null;

    /// <summary>Whether a sink has claimed the event for a commit whose outcome is not known yet.</summary>
    public bool IsCommitting => Volatile.Read(ref state) == Committing && Written is { Task.IsCompleted: false };

    /// <summary>The sink's most recent error for this event, told to a caller who stops waiting.</summary>
    public Exception? LastError { get; set; }

    /// <summary>
    /// True when the wait ended without a write: the caller gave up (timeout or cancellation) or was told the
    /// write failed. Either way the caller took the action as not audited, so the event must not be written any more.
    /// </summary>
    public bool IsWithdrawn => Written is { Task.IsCompleted: true } written && !written.Task.IsCompletedSuccessfully;

    /// <summary>
    /// Withdraws the event for a caller that gives up. True when it will not be written: withdrawn now, or its
    /// write had already failed. False when it was written, is being committed (the caller must wait for that
    /// outcome), or no caller waits on it (a sink that completes on acceptance keeps what it accepted).
    /// </summary>
    public bool TryWithdraw(Exception reason)
    {
        if (Written is null || Written.Task.IsCompletedSuccessfully)
        {
            return false;
        }

        if (Interlocked.CompareExchange(ref state, Withdrawn, Waiting) is Waiting or Withdrawn && Written.TrySetException(reason))
        {
            return true;
        }

        // Being committed, or completed meanwhile: withdrawn only if its write failed.
        return Written.Task.IsCompleted && !Written.Task.IsCompletedSuccessfully;
    }

    /// <summary>Claims the event for a commit: false when its caller has already withdrawn it.</summary>
    /// <param name="claimedNow">True when this call made the claim (an earlier, unconfirmed commit may hold it already).</param>
    public bool TryBeginCommit(out bool claimedNow)
    {
        claimedNow = false;
        if (Written is null)
        {
            return true;
        }

        var previous = Interlocked.CompareExchange(ref state, Committing, Waiting);
        claimedNow = previous == Waiting;
        return previous is Waiting or Committing;
    }

    /// <summary>Gives back a claim made by <see cref="TryBeginCommit"/> when the commit was not attempted after all.</summary>
    public void CancelCommit() => Interlocked.CompareExchange(ref state, Waiting, Committing);
}
