namespace AuditLog.Pipeline;

/// <summary>
/// The last check before a sink commits a batch: claims every event for the commit, or, when a caller has
/// withdrawn an event meanwhile, claims none and throws <see cref="BatchWithdrawnException"/> so that the sink
/// rolls back and the pipeline writes the batch again without it.
/// </summary>
internal sealed class CommitGate
{
    private readonly IReadOnlyList<PendingEvent> batch;

    internal CommitGate(IReadOnlyList<PendingEvent> batch) => this.batch = batch;

    /// <summary>A gate that always lets the commit through, for callers outside the pipeline.</summary>
    public static CommitGate Open { get; } = new([]);

    /// <summary>Whether <see cref="Enter"/> succeeded: from then on the batch's outcome is the commit's outcome.</summary>
    public bool Entered { get; private set; }

    /// <summary>Claims every event for the commit.</summary>
    /// <exception cref="BatchWithdrawnException">An event's caller has given up: do not commit.</exception>
    public void Enter()
    {
        var claimed = new List<PendingEvent>(batch.Count);
        foreach (var pending in batch)
        {
            if (!pending.TryBeginCommit(out var claimedNow))
            {
                claimed.ForEach(p => p.CancelCommit());
                throw new BatchWithdrawnException();
            }

            if (claimedNow)
            {
                claimed.Add(pending);
            }
        }

        Entered = true;
    }
}
