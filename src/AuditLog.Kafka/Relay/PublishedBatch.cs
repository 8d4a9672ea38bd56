using AuditLog.PostgreSql.Outbox;
using Confluent.Kafka;

namespace AuditLog.Kafka.Relay;

/// <summary>
/// One batch handed to the producer: a delivery per record sent (events already on the topic are not sent again), and
/// where each writer's cursor stands once all of them are acknowledged.
/// </summary>
internal sealed class PublishedBatch(
    IReadOnlyList<(OutboxEvent Event, Task<DeliveryResult<byte[], byte[]>> Delivery)> deliveries,
    IReadOnlyDictionary<Guid, long> cursors)
{
    public IReadOnlyList<(OutboxEvent Event, Task<DeliveryResult<byte[], byte[]>> Delivery)> Deliveries { get; } = deliveries;

    public IReadOnlyDictionary<Guid, long> Cursors { get; } = cursors;

    /// <summary>Completes when every delivery has its outcome, acknowledged or failed; never faults.</summary>
    public Task Completion { get; } = Task.WhenAll(deliveries.Select(d => d.Delivery)).ContinueWith(
        static _ => { },
        CancellationToken.None,
        TaskContinuationOptions.ExecuteSynchronously,
        TaskScheduler.Default);
}
