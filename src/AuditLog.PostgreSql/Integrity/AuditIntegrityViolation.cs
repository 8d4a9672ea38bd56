namespace AuditLog.PostgreSql;

/// <summary>The first break found in an integrity chain.</summary>
/// <param name="Kind">What was done.</param>
/// <param name="WriterId">The writer whose chain is broken.</param>
/// <param name="Sequence">
/// Where in that chain: the sequence of the named event, or for <see cref="AuditViolationKind.Removed"/> the
/// first missing sequence.
/// </param>
/// <param name="EventId">
/// The event at fault; for <see cref="AuditViolationKind.Removed"/> the event that follows the gap, or null
/// when the end of the chain is missing.
/// </param>
/// <param name="Description">What is wrong, in a sentence naming events by id (never their contents).</param>
public sealed record AuditIntegrityViolation(AuditViolationKind Kind, Guid WriterId, long Sequence, Guid? EventId, string Description);
