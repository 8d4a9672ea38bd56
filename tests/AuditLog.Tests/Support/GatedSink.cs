using System.Collections.Concurrent;
using AuditLog.Pipeline;

namespace AuditLog.Tests.Support;

/// <summary>
/// A transactional sink like PostgreSQL's: it "stores" a batch only after passing the commit gate. It can be
/// held before the gate (a stalled statement) or after it (a slow commit).
/// </summary>
internal sealed class GatedSink : ICommitGatedSink
{
    private readonly ConcurrentQueue<AuditEvent> stored = new();

    public AuditSinkCompletion Completion => AuditSinkCompletion.OnWritten;

    public IReadOnlyList<AuditEvent> Stored => stored.ToArray();

    /// <summary>When set, writes wait on it before entering the gate.</summary>
    public TaskCompletionSource? BeforeCommit { get; set; }

    /// <summary>When set, writes wait on it after entering the gate, before storing.</summary>
    public TaskCompletionSource? DuringCommit { get; set; }

    /// <summary>Completed when a write has begun, before the gate.</summary>
    public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completed when a write has entered the gate.</summary>
    public TaskCompletionSource Committing { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int RolledBack => Volatile.Read(ref rolledBack);

    /// <summary>When true, every write fails after entering the gate: a commit sent but never acknowledged.</summary>
    public bool FailAfterGate { get; set; }

    private int rolledBack;

    public Task WriteAsync(IReadOnlyList<AuditEvent> batch, CancellationToken cancellationToken) =>
        WriteAsync(batch, CommitGate.Open, cancellationToken);

    public async Task WriteAsync(IReadOnlyList<AuditEvent> batch, CommitGate gate, CancellationToken cancellationToken)
    {
        Started.TrySetResult();
        if (BeforeCommit is { } before)
        {
            await before.Task.WaitAsync(cancellationToken);
        }

        try
        {
            gate.Enter();
        }
        catch (BatchWithdrawnException)
        {
            Interlocked.Increment(ref rolledBack);
            throw;
        }

        Committing.TrySetResult();
        if (FailAfterGate)
        {
            throw new InvalidOperationException("The connection broke during COMMIT.");
        }
        if (DuringCommit is { } during)
        {
            await during.Task.WaitAsync(cancellationToken);
        }

        foreach (var auditEvent in batch)
        {
            stored.Enqueue(auditEvent);
        }
    }
}
