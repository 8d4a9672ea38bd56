namespace AuditLog;

/// <summary>A sink failure, as reported to <see cref="IAuditFailureListener"/>.</summary>
/// <param name="Kind">Temporary (will retry), permanent (callers told) or final (lost at shutdown).</param>
/// <param name="Sink">The sink's name.</param>
/// <param name="Events">The events concerned.</param>
/// <param name="Exception">The sink's error, when there is one.</param>
public sealed record AuditFailure(AuditFailureKind Kind, string Sink, IReadOnlyList<AuditEvent> Events, Exception? Exception);
