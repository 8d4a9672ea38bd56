using System.Collections.Concurrent;
using AuditLog;

namespace AuditLog.Tests.Support;

/// <summary>A sink that keeps what it is given; it can be made to block, fail a number of times, or refuse some events.</summary>
public sealed class RecordingSink(AuditSinkCompletion completion = AuditSinkCompletion.OnAccepted) : IAuditSink
{
    private readonly ConcurrentQueue<IReadOnlyList<AuditEvent>> batches = new();
    private TaskCompletionSource gate = CompletedGate();
    private int failuresLeft;
    private int attempts;

    public AuditSinkCompletion Completion { get; } = completion;

    public IReadOnlyList<IReadOnlyList<AuditEvent>> Batches => batches.ToArray();

    public IReadOnlyList<AuditEvent> Events => batches.SelectMany(b => b).ToArray();

    public int Attempts => Volatile.Read(ref attempts);

    public TimeSpan WriteDelay { get; set; }

    /// <summary>Events whose content the sink refuses: a batch holding one throws <see cref="AuditEventRejectedException"/>.</summary>
    public Func<AuditEvent, bool>? Refuses { get; set; }

    /// <summary>Makes the next writes wait until <see cref="Release"/>.</summary>
    public void Block() => gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Release() => gate.TrySetResult();

    /// <summary>Makes the next <paramref name="count"/> writes throw.</summary>
    public void FailNext(int count) => Volatile.Write(ref failuresLeft, count);

    public async Task WriteAsync(IReadOnlyList<AuditEvent> batch, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref attempts);
        await gate.Task.WaitAsync(cancellationToken);
        if (WriteDelay > TimeSpan.Zero)
        {
            await Task.Delay(WriteDelay, cancellationToken);
        }

        if (Interlocked.Decrement(ref failuresLeft) >= 0)
        {
            throw new InvalidOperationException("The sink is down.");
        }

        if (Refuses is { } refuses && batch.Any(refuses))
        {
            throw new AuditEventRejectedException("The sink refuses an event of the batch.");
        }

        batches.Enqueue(batch.ToArray());
    }

    /// <summary>Waits until the sink holds at least <paramref name="count"/> events.</summary>
    public async Task WaitForAsync(int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (Events.Count < count)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The sink holds {Events.Count} events, not {count}.");
            }

            await Task.Delay(10);
        }
    }

    private static TaskCompletionSource CompletedGate()
    {
        var completed = new TaskCompletionSource();
        completed.SetResult();
        return completed;
    }
}
