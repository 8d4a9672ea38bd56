using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AuditLog.Pipeline;

/// <summary>The <see cref="IAuditLogger"/>: enrich, validate, redact, dispatch, wait as the sinks require.</summary>
internal sealed class AuditLogger : IAuditLogger
{
    private readonly AuditEventEnricher enricher;
    private readonly AuditEventValidator validator;
    private readonly AuditEventRedactor redactor;
    private readonly AuditDispatcher dispatcher;
    private readonly AuditLogMetrics metrics;
    private readonly ILogger logger;
    private readonly TimeSpan writeTimeout;
    private readonly TimeProvider timeProvider;

    public AuditLogger(AuditDispatcher dispatcher, IOptions<AuditLogOptions> options, TimeProvider timeProvider, AuditLogMetrics metrics, ILogger<AuditLogger> logger)
    {
        var settings = options.Value;
        enricher = new AuditEventEnricher(timeProvider, settings.CorrelationBaggageKey);
        validator = new AuditEventValidator(settings.MaxMetadataBytes);
        redactor = new AuditEventRedactor(settings.RedactedKeys);
        writeTimeout = settings.WriteTimeout;
        this.timeProvider = timeProvider;
        this.dispatcher = dispatcher;
        this.metrics = metrics;
        this.logger = logger;
    }

    public async Task<AuditEvent> LogAsync(AuditEvent auditEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(auditEvent);
        cancellationToken.ThrowIfCancellationRequested();

        // Enrichment first, so values taken from the ambient activity are validated too.
        var recorded = enricher.Enrich(auditEvent);
        try
        {
            validator.Validate(recorded);
        }
        catch (AuditValidationException exception)
        {
            metrics.Rejected(exception.Field);
            Log.EventRejected(logger, auditEvent.Type?.Name ?? "(none)", exception.Field, exception.Rule);
            throw;
        }

        recorded = redactor.Redact(recorded);
        var dispatched = timeProvider.GetTimestamp();
        var writes = await dispatcher.DispatchAsync(recorded, cancellationToken).ConfigureAwait(false);
        metrics.Accepted();
        if (writes.Count > 0)
        {
            // One deadline: time spent waiting for room in a full queue counts against the write timeout.
            var left = writeTimeout - timeProvider.GetElapsedTime(dispatched);
            await WaitForWritesAsync(writes, left > TimeSpan.Zero ? left : TimeSpan.Zero, cancellationToken).ConfigureAwait(false);
        }

        return recorded;
    }

    // Fail closed: a caller that stops waiting withdraws the event, so it is not written after the caller was
    // told it failed. An event a sink is already committing cannot be withdrawn: its caller waits for that
    // commit's outcome instead, so what the caller is told is what the sink holds.
    private async Task WaitForWritesAsync(IReadOnlyList<PendingEvent> writes, TimeSpan timeout, CancellationToken cancellationToken)
    {
        // One sink (the usual case) is waited on directly; a write already done needs neither a timer nor a wait.
        var all = writes.Count == 1 ? writes[0].Written!.Task : Task.WhenAll(writes.Select(w => w.Written!.Task));
        if (all.IsCompletedSuccessfully)
        {
            return;
        }

        try
        {
            await all.WaitAsync(timeout, timeProvider, cancellationToken).ConfigureAwait(false);
            return;
        }
        catch (TimeoutException)
        {
            var late = writes.Where(w => w.TryWithdraw(TimedOut(w, "it was withdrawn"))).ToArray();
            if (late.Length > 0)
            {
                throw TimedOut(late[0], "the action was not audited");
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            var withdrawn = writes.Count(w => w.TryWithdraw(new OperationCanceledException(cancellationToken)));
            if (withdrawn > 0)
            {
                throw;
            }
        }

        // Every remaining write is being committed: its outcome is the answer.
        await all.ConfigureAwait(false);
    }

    private AuditSinkException TimedOut(PendingEvent write, string consequence) =>
        new(write.Sink, $"Sink {write.Sink} did not write the audit event within {writeTimeout}: {consequence}.", write.LastError);
}
