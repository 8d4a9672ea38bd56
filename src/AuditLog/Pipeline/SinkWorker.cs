using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace AuditLog.Pipeline;

/// <summary>
/// Feeds one sink from a bounded queue with a background writer (one per writer of an <see cref="IConcurrentSink"/>,
/// all reading the same queue): batches what is waiting, retries failures with exponential backoff, and at shutdown
/// delivers what it can within the timeout and reports the rest.
/// </summary>
/// <remarks>
/// A batch stays with the writer that took it until it is resolved (written, refused, withdrawn or lost): its
/// retries, its halving and an outcome-unknown commit are that writer's alone, so each writer's batches commit in order.
/// </remarks>
internal sealed class SinkWorker
{
    private readonly IAuditSink sink;
    private readonly ICommitGatedSink? gatedSink;
    private readonly IConcurrentSink? concurrentSink;
    private readonly int writers;
    private readonly AuditLogOptions options;
    private readonly TimeProvider timeProvider;
    private readonly AuditLogMetrics metrics;
    private readonly FailureReporter reporter;
    private readonly ILogger logger;
    private readonly Channel<PendingEvent> queue;
    private readonly CancellationTokenSource abort = new();
    private readonly Lock gate = new();
    private Task? loop;
    private volatile bool stopping;

    public SinkWorker(string name, IAuditSink sink, AuditLogOptions options, TimeProvider timeProvider, AuditLogMetrics metrics, FailureReporter reporter, ILogger logger)
    {
        Name = name;
        this.sink = sink;
        gatedSink = (sink as IForwardingSink)?.Inner as ICommitGatedSink ?? sink as ICommitGatedSink;
        concurrentSink = gatedSink as IConcurrentSink;
        writers = Math.Max(1, concurrentSink?.Writers ?? 1);
        this.options = options;
        this.timeProvider = timeProvider;
        this.metrics = metrics;
        this.reporter = reporter;
        this.logger = logger;
        queue = Channel.CreateBounded<PendingEvent>(new BoundedChannelOptions(options.QueueCapacity)
        {
            SingleReader = writers == 1,
            FullMode = BoundedChannelFullMode.Wait,
        });
        metrics.ObserveQueue(name, () => queue.Reader.Count);
    }

    public string Name { get; }

    private bool AwaitsWrite => sink.Completion == AuditSinkCompletion.OnWritten;

    public void Start()
    {
        lock (gate)
        {
            loop ??= writers == 1
                ? Task.Run(() => RunAsync(0))
                : Task.WhenAll(Enumerable.Range(0, writers).Select(writer => Task.Run(() => RunAsync(writer))));
        }
    }

    /// <summary>Queues the event; returns it as pending for sinks that complete on write, else null.</summary>
    public async ValueTask<PendingEvent?> EnqueueAsync(AuditEvent auditEvent, CancellationToken cancellationToken)
    {
        ThrowIfStopping();
        if (Volatile.Read(ref loop) is null)
        {
            Start(); // once: the loop, once set, is never unset
        }

        var pending = new PendingEvent(auditEvent, Name, AwaitsWrite);
        if (!queue.Writer.TryWrite(pending))
        {
            ThrowIfStopping();
            switch (options.QueueFullPolicy)
            {
                case AuditQueueFullPolicy.Throw:
                    throw new AuditQueueFullException(Name, options.QueueCapacity);
                case AuditQueueFullPolicy.Drop when !AwaitsWrite:
                    metrics.Dropped(Name, "queue_full");
                    Log.EventDropped(logger, auditEvent.Id, auditEvent.Type.Name, Name);
                    return null;
                default:
                    try
                    {
                        await WaitForRoomAsync(pending, cancellationToken).ConfigureAwait(false);
                    }
                    catch (ChannelClosedException)
                    {
                        ThrowStopped();
                    }

                    break;
            }
        }

        return pending.Written is null ? null : pending;
    }

    /// <summary>Stops accepting, delivers what is queued within the shutdown timeout, reports the rest.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        stopping = true;
        queue.Writer.TryComplete();
        Task? running;
        lock (gate)
        {
            running = loop;
        }

        if (running is null)
        {
            return;
        }

        try
        {
            await running.WaitAsync(options.ShutdownTimeout, timeProvider, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is TimeoutException or OperationCanceledException)
        {
            await abort.CancelAsync().ConfigureAwait(false);
            await running.ConfigureAwait(false);
        }
    }

    // Fail closed: a caller waiting on the write waits for room within WriteTimeout too, never longer.
    private async ValueTask WaitForRoomAsync(PendingEvent pending, CancellationToken cancellationToken)
    {
        if (!AwaitsWrite)
        {
            await queue.Writer.WriteAsync(pending, cancellationToken).ConfigureAwait(false);
            return;
        }

        using var timeout = new CancellationTokenSource(options.WriteTimeout, timeProvider);
        using var waiting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            await queue.Writer.WriteAsync(pending, waiting.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new AuditSinkException(Name, $"Sink {Name} had no room for the audit event within {options.WriteTimeout}: the action was not audited.");
        }
    }

    // A loop, not Select(...).ToArray(): a batch is often one event, and the iterator would cost as much as the array.
    private static AuditEvent[] EventsOf(List<PendingEvent> batch)
    {
        var events = new AuditEvent[batch.Count];
        for (var i = 0; i < events.Length; i++)
        {
            events[i] = batch[i].Event;
        }

        return events;
    }

    private void ThrowIfStopping()
    {
        if (stopping)
        {
            ThrowStopped();
        }
    }

    private void ThrowStopped() =>
        throw new InvalidOperationException($"The audit log is shutting down: sink {Name} accepts no more events.");

    private async Task RunAsync(int writer)
    {
        var batch = new List<PendingEvent>(Math.Min(options.MaxBatchSize, 1024));
        try
        {
            while (await queue.Reader.WaitToReadAsync(abort.Token).ConfigureAwait(false))
            {
                while (batch.Count < options.MaxBatchSize && queue.Reader.TryRead(out var pending))
                {
                    batch.Add(pending);
                }

                await WriteAsync(batch, writer).ConfigureAwait(false);
                batch.Clear();
            }
        }
        catch (OperationCanceledException) when (abort.IsCancellationRequested)
        {
            // Shutdown could wait no longer: what is left is reported below.
        }

        while (queue.Reader.TryRead(out var pending))
        {
            batch.Add(pending);
        }

        if (batch.Count > 0)
        {
            Lose(batch, null);
        }
    }

    // Sinks that complete on write are retried for as long as a caller still waits (each withdraws at its
    // WriteTimeout); sinks that complete on acceptance, until they recover or shutdown can wait no longer.
    private async Task WriteAsync(List<PendingEvent> batch, int writer)
    {
        for (var attempt = 1; ; attempt++)
        {
            // Events whose callers gave up are never written after they were told so.
            batch.RemoveAll(p => p.IsWithdrawn);
            if (batch.Count == 0)
            {
                return;
            }

            var events = EventsOf(batch);
            var started = timeProvider.GetTimestamp();
            try
            {
                await (concurrentSink is not null ? concurrentSink.WriteAsync(events, new CommitGate(batch), writer, abort.Token)
                    : gatedSink is not null ? gatedSink.WriteAsync(events, new CommitGate(batch), abort.Token)
                    : sink.WriteAsync(events, abort.Token)).ConfigureAwait(false);
                var elapsed = timeProvider.GetElapsedTime(started);
                metrics.Written(Name, events.Length, elapsed);
                Log.BatchWritten(logger, Name, events.Length, elapsed.TotalMilliseconds);
                batch.ForEach(p => p.Written?.TrySetResult());
                return;
            }
            catch (BatchWithdrawnException)
            {
                // Nothing was stored; the rest goes again at once, with the withdrawn events left out.
                attempt--;
            }
            catch (OperationCanceledException) when (abort.IsCancellationRequested)
            {
                Lose(batch, null);
                batch.Clear();
                return;
            }
            catch (AuditEventRejectedException rejected)
            {
                metrics.Failed(Name, events.Length);
                await IsolateAsync(batch, rejected, writer).ConfigureAwait(false);
                return;
            }
            catch (Exception exception)
            {
                metrics.Failed(Name, events.Length);
                batch.ForEach(p => p.LastError = exception);
                var delay = Backoff(attempt);
                Log.WriteFailed(logger, exception, Name, events.Length, attempt, (long)delay.TotalMilliseconds, events[0].Id);
                reporter.Report(new AuditFailure(AuditFailureKind.Temporary, Name, events, exception));
                try
                {
                    await Task.Delay(delay, timeProvider, abort.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    Lose(batch, exception);
                    batch.Clear();
                    return;
                }
            }
        }
    }

    // One event's content fails the batch: halve it until the culprit stands alone, so only its caller fails.
    private async Task IsolateAsync(List<PendingEvent> batch, AuditEventRejectedException rejected, int writer)
    {
        if (batch.Count == 1)
        {
            Refuse(batch[0], rejected);
            return;
        }

        var half = batch.Count / 2;
        await WriteAsync(batch.GetRange(0, half), writer).ConfigureAwait(false);
        await WriteAsync(batch.GetRange(half, batch.Count - half), writer).ConfigureAwait(false);
    }

    private void Refuse(PendingEvent pending, AuditEventRejectedException rejected)
    {
        var auditEvent = pending.Event;
        Log.EventRefused(logger, rejected, Name, auditEvent.Id, auditEvent.Type.Name);
        reporter.Report(new AuditFailure(AuditFailureKind.Permanent, Name, [auditEvent], rejected));
        if (pending.Written is null)
        {
            metrics.Dropped(Name, "rejected");
            return;
        }

        pending.Written.TrySetException(new AuditSinkException(Name, $"Sink {Name} refused the audit event: {rejected.Message} The action was not audited.", rejected));
    }

    private void Lose(List<PendingEvent> batch, Exception? exception)
    {
        var events = batch.Select(p => p.Event).ToArray();
        metrics.Dropped(Name, "shutdown", events.Length);
        Log.EventsLostAtShutdown(logger, Name, events.Length, string.Join(',', events.Select(e => e.Id)));
        reporter.Report(new AuditFailure(AuditFailureKind.Final, Name, events, exception));
        var failure = new AuditSinkException(Name, $"Sink {Name} could not write the audit event before shutdown.", exception);
        var unconfirmed = new AuditSinkException(Name, $"Sink {Name} could not confirm before shutdown whether the audit event was stored: its commit was sent but not acknowledged.", exception);
        batch.ForEach(p => p.Written?.TrySetException(p.IsCommitting ? unconfirmed : failure));
    }

    // Exponential backoff with ±20 % jitter, capped, so many hosts do not retry in step.
    private TimeSpan Backoff(int attempt)
    {
        var exponential = options.RetryInitialDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempt - 1, 30));
        var capped = Math.Min(exponential, options.RetryMaxDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(capped * (0.8 + (Random.Shared.NextDouble() * 0.4)));
    }
}
