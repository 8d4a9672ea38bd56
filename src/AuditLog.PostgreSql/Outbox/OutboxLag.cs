namespace AuditLog.PostgreSql.Outbox;

/// <summary>How far a destination's cursors are behind the chain heads.</summary>
/// <param name="Events">Committed events not yet delivered: the sum over writers of head minus cursor.</param>
/// <param name="OldestUnpublished">
/// The time of the oldest undelivered event (the earliest of each writer's first undelivered event);
/// <see langword="null"/> when nothing is waiting.
/// </param>
internal sealed record OutboxLag(long Events, DateTimeOffset? OldestUnpublished);
