using AuditLog.PostgreSql.Tests.Support;
using AuditLog.Resources;

namespace AuditLog.PostgreSql.Tests.Integrity;

/// <summary>One writer's seeded chain: <see cref="Events"/>[i] is at sequence i + 1.</summary>
public sealed record SeededChain(Guid WriterId, List<AuditEvent> Events)
{
    public Guid IdAt(long sequence) => Events[(int)sequence - 1].Id;
}

/// <summary>Seeds several writers at once, the way concurrent writer instances fill the table.</summary>
public static class Chains
{
    /// <summary>
    /// Seeds <paramref name="perWriter"/> events for each of <paramref name="writers"/> writers, interleaved:
    /// their times alternate between writers and their rows are inserted in alternating rounds.
    /// </summary>
    public static async Task<IReadOnlyList<SeededChain>> SeedAsync(
        string connectionString,
        int writers = 3,
        int perWriter = 6,
        DateTimeOffset? start = null,
        TimeSpan? step = null,
        string? integrityKey = null,
        int rounds = 2)
    {
        var first = start ?? new DateTimeOffset(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);
        var every = step ?? TimeSpan.FromSeconds(1);
        var chains = Enumerable.Range(0, writers).Select(_ => new SeededChain(Guid.NewGuid(), [])).ToList();
        var perRound = (perWriter + rounds - 1) / rounds;
        for (var from = 0; from < perWriter; from += perRound)
        {
            for (var w = 0; w < writers; w++)
            {
                var events = Enumerable.Range(from, Math.Min(perRound, perWriter - from))
                    .Select(i => Event(w, i, first + (every * ((i * writers) + w))))
                    .ToList();
                await EventSeeder.SeedAsync(connectionString, events, chains[w].WriterId, integrityKey: integrityKey);
                chains[w].Events.AddRange(events);
            }
        }

        return chains;
    }

    /// <summary>Appends events with the given times to a writer's chain.</summary>
    public static async Task<List<AuditEvent>> AppendAsync(string connectionString, Guid writerId, IEnumerable<DateTimeOffset> times, string? integrityKey = null)
    {
        var events = times.Select((time, i) => Event(0, i, time)).ToList();
        await EventSeeder.SeedAsync(connectionString, events, writerId, integrityKey: integrityKey);
        return events;
    }

    public static AuditEvent Event(int writer, int index, DateTimeOffset time) =>
        EventSeeder.Enriched(
            AuditEvents.Kafka.Topic.Create.For(new KafkaTopic("production", $"orders-{writer}-{index}"), AuditActor.User($"user{writer}@example.com", $"User {writer}")),
            time);
}
