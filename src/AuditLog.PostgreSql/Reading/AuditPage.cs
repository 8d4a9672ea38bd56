namespace AuditLog.PostgreSql;

/// <summary>One page of audit events, newest first, and where the next page starts.</summary>
/// <param name="Events">The events of the page, newest first.</param>
/// <param name="NextCursor">
/// An opaque cursor to pass to <see cref="PostgreSqlAuditStore.GetPageAsync"/> for the next (older) page;
/// null when this page is the last.
/// </param>
public sealed record AuditPage(IReadOnlyList<AuditEvent> Events, string? NextCursor);
