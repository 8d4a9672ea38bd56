namespace AuditLog.PostgreSql.Writing;

/// <summary>One event's row with its place in its writer's chain: every value <see cref="Schema.EventColumns"/> writes.</summary>
internal sealed record ChainedRow(EventRow Row, Guid WriterId, long Sequence, byte[] PreviousHash, byte[] Hash);
