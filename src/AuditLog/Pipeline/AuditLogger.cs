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

    public AuditLogger(AuditDispatcher dispatcher, IOptions<AuditLogOptions> options, TimeProvider timeProvider, AuditLogMetrics metrics, ILogger<AuditLogger> logger)
    {
        var settings = options.Value;
        enricher = new AuditEventEnricher(timeProvider, settings.CorrelationBaggageKey);
        validator = new AuditEventValidator(settings.MaxMetadataBytes);
        redactor = new AuditEventRedactor(settings.RedactedKeys);
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
        var writes = await dispatcher.DispatchAsync(recorded, cancellationToken).ConfigureAwait(false);
        metrics.Accepted();
        if (writes.Count > 0)
        {
            await Task.WhenAll(writes).WaitAsync(cancellationToken).ConfigureAwait(false);
        }

        return recorded;
    }
}
