namespace AuditLog.PostgreSql.Outbox;

/// <summary>A committed event as a relay publishes it: its link in its writer's chain and the stored CloudEvent.</summary>
/// <param name="WriterId">The writer whose chain holds the event.</param>
/// <param name="Sequence">The event's place in that chain, from 1, gap-free.</param>
/// <param name="PreviousHash">The hash of the previous event of the chain (32 zero bytes for sequence 1).</param>
/// <param name="Hash">The event's chain hash.</param>
/// <param name="Payload">The stored CloudEvent JSON, exactly the text the hash covers.</param>
/// <param name="ResourceAddress">The event's resource address, its CloudEvent <c>source</c>.</param>
/// <param name="Time">
/// The event's own time (the <c>time</c> column, set when it was logged, just before it was queued for the
/// sink); no commit time is stored. Commit-to-acknowledgement latency measured from it therefore also counts
/// the time the event spent queued and being committed.
/// </param>
internal sealed record OutboxEvent(Guid WriterId, long Sequence, byte[] PreviousHash, byte[] Hash, string Payload, string ResourceAddress, DateTimeOffset Time);
