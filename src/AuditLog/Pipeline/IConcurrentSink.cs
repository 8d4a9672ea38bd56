namespace AuditLog.Pipeline;

/// <summary>
/// A commit-gated sink that can have several batches in flight at once, one per writer: the pipeline runs that many
/// readers on the sink's queue, and each writes only through its own writer, one batch after another. A writer
/// keeps its own state (the PostgreSQL sink: its own id and hash chain), so each writer's batches commit in order.
/// </summary>
internal interface IConcurrentSink : ICommitGatedSink
{
    /// <summary>How many writers write at once; at least 1.</summary>
    int Writers { get; }

    /// <summary>Writes the batch through writer <paramref name="writer"/> (0 to <see cref="Writers"/> − 1), calling <see cref="CommitGate.Enter"/> immediately before the commit.</summary>
    Task WriteAsync(IReadOnlyList<AuditEvent> batch, CommitGate gate, int writer, CancellationToken cancellationToken);
}
