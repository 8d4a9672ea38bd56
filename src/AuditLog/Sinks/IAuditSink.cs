namespace AuditLog;

/// <summary>
/// A destination for audit events. Sinks receive batches from one background writer each and never
/// see an event before it was validated, enriched and redacted.
/// </summary>
public interface IAuditSink
{
    /// <summary>When <see cref="IAuditLogger.LogAsync"/> may complete for this sink.</summary>
    AuditSinkCompletion Completion { get; }

    /// <summary>
    /// Writes a batch. Throwing means none of the batch may be taken as written: the dispatcher
    /// retries it with backoff, so a sink must tolerate seeing the same events again.
    /// </summary>
    /// <param name="batch">The events, in the order they were accepted.</param>
    /// <param name="cancellationToken">Cancelled when shutdown can wait no longer.</param>
    Task WriteAsync(IReadOnlyList<AuditEvent> batch, CancellationToken cancellationToken);
}
