using System.Collections.Concurrent;
using AuditLog.Pipeline;

namespace AuditLog.Tests.Support;

/// <summary>
/// A commit-gated sink with several writers, like PostgreSQL's with <c>Writers</c> above 1: it records which writer
/// each attempt went through, how many writes were in flight at once (in all and per writer), and can hold writes
/// or fail the first attempt of every batch.
/// </summary>
internal sealed class ConcurrentSink(int writers) : IConcurrentSink
{
    private readonly ConcurrentQueue<AuditEvent> stored = new();
    private readonly ConcurrentQueue<(int Writer, Guid[] Ids)> attempts = new();
    private readonly ConcurrentDictionary<Guid, byte> failedOnce = new();
    private readonly int[] inFlightPerWriter = new int[writers];
    private readonly Lock gate = new();
    private int inFlight;
    private int mostPerWriter;
    private TaskCompletionSource? held;
    private readonly List<(int Count, TaskCompletionSource Reached)> waiters = [];

    public int Writers => writers;

    public AuditSinkCompletion Completion => AuditSinkCompletion.OnWritten;

    public IReadOnlyList<AuditEvent> Stored => stored.ToArray();

    /// <summary>Every attempt: the writer it went through and its events' ids.</summary>
    public IReadOnlyList<(int Writer, Guid[] Ids)> Attempts => attempts.ToArray();

    /// <summary>The most writes one writer ever had in flight at once.</summary>
    public int MostInFlightPerWriter => Volatile.Read(ref mostPerWriter);

    /// <summary>When true, the first attempt of every batch fails before the gate (a broken connection).</summary>
    public bool FailFirstAttempts { get; set; }

    /// <summary>When set, a batch holding an event it matches is refused as content the sink cannot store.</summary>
    public Func<AuditEvent, bool>? Refuses { get; set; }

    /// <summary>Until <see cref="Release"/>, writes wait before the gate.</summary>
    public void Hold()
    {
        lock (gate)
        {
            held = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    public void Release()
    {
        lock (gate)
        {
            held?.TrySetResult();
            held = null;
        }
    }

    /// <summary>Completes once <paramref name="count"/> writes are in flight at the same time.</summary>
    public Task InFlightAsync(int count)
    {
        lock (gate)
        {
            var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            if (inFlight >= count)
            {
                reached.SetResult();
            }
            else
            {
                waiters.Add((count, reached));
            }

            return reached.Task;
        }
    }

    public Task WriteAsync(IReadOnlyList<AuditEvent> batch, CancellationToken cancellationToken) =>
        WriteAsync(batch, CommitGate.Open, 0, cancellationToken);

    public Task WriteAsync(IReadOnlyList<AuditEvent> batch, CommitGate gate, CancellationToken cancellationToken) =>
        WriteAsync(batch, gate, 0, cancellationToken);

    public async Task WriteAsync(IReadOnlyList<AuditEvent> batch, CommitGate commitGate, int writer, CancellationToken cancellationToken)
    {
        attempts.Enqueue((writer, batch.Select(e => e.Id).ToArray()));
        Task? wait;
        lock (gate)
        {
            inFlight++;
            mostPerWriter = Math.Max(mostPerWriter, ++inFlightPerWriter[writer]);
            waiters.RemoveAll(w => inFlight >= w.Count && w.Reached.TrySetResult());
            wait = held?.Task;
        }

        try
        {
            if (wait is not null)
            {
                await wait.WaitAsync(cancellationToken);
            }

            await Task.Yield();
            if (FailFirstAttempts && failedOnce.TryAdd(batch[0].Id, 0))
            {
                throw new InvalidOperationException("The connection broke.");
            }

            if (Refuses is { } refuses && batch.Any(refuses))
            {
                throw new AuditEventRejectedException("The sink refused the batch's content.");
            }

            commitGate.Enter();
            foreach (var auditEvent in batch)
            {
                stored.Enqueue(auditEvent);
            }
        }
        finally
        {
            lock (gate)
            {
                inFlight--;
                inFlightPerWriter[writer]--;
            }
        }
    }
}
