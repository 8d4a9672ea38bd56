namespace AuditLog.PostgreSql.Writing;

/// <summary>One event's row with its place in the writer's chain.</summary>
internal sealed record ChainedRow(EventRow Row, long Sequence, byte[] PreviousHash, byte[] Hash);
