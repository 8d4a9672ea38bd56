namespace AuditLog.Pipeline;

/// <summary>
/// A sink that makes a batch durable in one transaction and asks, just before it commits, whether every
/// event may still be committed: an event whose caller already gave up (and was told it was not audited)
/// must never be stored.
/// </summary>
internal interface ICommitGatedSink : IAuditSink
{
    /// <summary>Writes the batch, calling <see cref="CommitGate.Enter"/> immediately before the commit.</summary>
    Task WriteAsync(IReadOnlyList<AuditEvent> batch, CommitGate gate, CancellationToken cancellationToken);
}
