using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AuditLog.Pipeline;

/// <summary>Hands accepted events to one <see cref="SinkWorker"/> per registered sink.</summary>
internal sealed class AuditDispatcher : IAsyncDisposable
{
    private readonly SinkWorker[] workers;
    private int stopped;

    public AuditDispatcher(
        IEnumerable<IAuditSink> sinks,
        IEnumerable<IAuditFailureListener> listeners,
        IOptions<AuditLogOptions> options,
        TimeProvider timeProvider,
        AuditLogMetrics metrics,
        ILogger<AuditDispatcher> logger)
    {
        var reporter = new FailureReporter(listeners, logger);
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        workers = sinks.Where(IsEnabled).Select(sink =>
        {
            var name = Unwrap(sink).GetType().Name;
            names[name] = names.GetValueOrDefault(name) + 1;
            name = names[name] == 1 ? name : $"{name}#{names[name]}";
            return new SinkWorker(name, sink, options.Value, timeProvider, metrics, reporter, logger);
        }).ToArray();
    }

    public IReadOnlyList<string> SinkNames => workers.Select(w => w.Name).ToArray();

    public void Start()
    {
        ThrowIfNoSink();
        foreach (var worker in workers)
        {
            worker.Start();
        }
    }

    /// <summary>Queues the event for every sink; returns the writes to wait for (none for sinks that complete on acceptance).</summary>
    public async ValueTask<IReadOnlyList<PendingEvent>> DispatchAsync(AuditEvent auditEvent, CancellationToken cancellationToken)
    {
        ThrowIfNoSink();
        List<PendingEvent>? waits = null;
        try
        {
            foreach (var worker in workers)
            {
                if (await worker.EnqueueAsync(auditEvent, cancellationToken).ConfigureAwait(false) is { } pending)
                {
                    (waits ??= new List<PendingEvent>(workers.Length)).Add(pending);
                }
            }
        }
        catch (Exception exception)
        {
            // The caller is told the event failed: sinks that already queued it must not write it.
            waits?.ForEach(w => w.TryWithdraw(exception));
            throw;
        }

        return waits ?? (IReadOnlyList<PendingEvent>)[];
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref stopped, 1) == 0)
        {
            await Task.WhenAll(workers.Select(w => w.StopAsync(cancellationToken))).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync() => await StopAsync(CancellationToken.None).ConfigureAwait(false);

    private static IAuditSink Unwrap(IAuditSink sink) => sink is IForwardingSink forwarding ? forwarding.Inner : sink;

    private static bool IsEnabled(IAuditSink sink) => Unwrap(sink) is not IOptionalSink { IsEnabled: false };

    private void ThrowIfNoSink()
    {
        if (workers.Length == 0)
        {
            throw new InvalidOperationException("AddAuditLog() has no sink: add one with AddPostgreSql() (package AuditLog.PostgreSql), AddKafka() (package AuditLog.Kafka, with CDK_AUDITLOGPUBLISHER_CLUSTER and CDK_AUDITLOGPUBLISHER_TOPICNAME set) or AddSink().");
        }
    }
}
