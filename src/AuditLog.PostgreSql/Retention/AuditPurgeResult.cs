namespace AuditLog.PostgreSql;

/// <summary>What a retention purge did.</summary>
/// <param name="EventsPurged">The events deleted.</param>
/// <param name="Before">The cut-off: events older than this were eligible (a chain keeps an older event that follows a newer one, and everything after it).</param>
/// <param name="Batches">The short transactions that deleted them (each at most a batch of rows of one writer).</param>
public sealed record AuditPurgeResult(long EventsPurged, DateTimeOffset Before, int Batches);
