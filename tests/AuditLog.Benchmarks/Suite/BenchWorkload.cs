using AuditLog.Integrity;
using AuditLog.PostgreSql.Writing;
using AuditLog.Resources;

namespace AuditLog.Benchmarks.Suite;

/// <summary>
/// The events every measurement of the suite writes: a busy cluster's mix, mostly Confluent-style authorization checks
/// (one in twenty denied), some topic creations and a few legacy CRN events, over 200 actors and 1,000 topics.
/// </summary>
internal static class BenchWorkload
{
    private static readonly Guid ClusterId = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");

    public static AuditEvent Event(int i)
    {
        var actor = AuditActor.User($"user-{i % 200}@example.com", $"User {i % 200}");
        var topic = $"orders-{i % 1000}";
        return (i % 20) switch
        {
            < 16 => AuditEvents.Security.Authorization.Record(new AuthorizationCheck("production", actor, "Write", "Topic", topic, Granted: i % 20 != 15)
            {
                Client = new AuditClient("192.0.2.10", "kafka-client/3.7"),
                Message = i % 20 == 15 ? "no ACL grants Write" : null,
            }),
            < 19 => AuditEvents.Kafka.Topic.Create.For(new KafkaTopic("production", topic), actor).WithMetadata("partitions", 6),
            _ => AuditEvents.Legacy.Topic.Created.For(new CrnTopic(ClusterId, topic), actor),
        };
    }

    public static AuditEvent[] Events(int count) => Enumerable.Range(0, count).Select(Event).ToArray();

    /// <summary>Event <paramref name="i"/> with its id and time set as the logger would, at <paramref name="time"/>.</summary>
    public static AuditEvent Enriched(int i, DateTimeOffset time)
    {
        var at = new DateTimeOffset(time.UtcTicks - (time.UtcTicks % 10), TimeSpan.Zero);
        return Event(i) with { Id = Guid.CreateVersion7(at), Time = at };
    }

    /// <summary>The rows the sink writes for <paramref name="events"/>, chained by one writer as it would chain them.</summary>
    public static List<ChainedRow> Chain(IEnumerable<AuditEvent> events, Guid writer)
    {
        var chain = new RowChain(new ChainHasher(null), writer, ChainState.Genesis);
        return events.Select(e => chain.Append(EventRow.From(e))).ToList();
    }
}
