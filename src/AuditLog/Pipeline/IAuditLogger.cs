namespace AuditLog;

/// <summary>Records audit events.</summary>
public interface IAuditLogger
{
    /// <summary>
    /// Validates, enriches (id, time, trace and correlation ids) and redacts <paramref name="auditEvent"/>,
    /// then hands it to every registered sink. The task completes when every sink has accepted the
    /// event, or, for a sink that completes on write (such as PostgreSQL), when the event is durable there.
    /// </summary>
    /// <param name="auditEvent">The event, usually made by the catalogue (<see cref="AuditEvents"/>).</param>
    /// <param name="cancellationToken">
    /// Stops waiting. For sinks that complete on write, an event not yet being written is withdrawn; one
    /// already in a write in flight may still be stored. Sinks that complete on acceptance keep accepted events.
    /// </param>
    /// <returns>The event as recorded: with its id and time, redacted.</returns>
    /// <exception cref="AuditValidationException">The event breaks a rule; nothing was recorded.</exception>
    /// <exception cref="AuditQueueFullException">A sink's queue is full and the policy is <see cref="AuditQueueFullPolicy.Throw"/>.</exception>
    /// <exception cref="AuditSinkException">
    /// A sink that completes on write could not write the event, or not within <see cref="AuditLogOptions.WriteTimeout"/>.
    /// </exception>
    Task<AuditEvent> LogAsync(AuditEvent auditEvent, CancellationToken cancellationToken = default);
}
