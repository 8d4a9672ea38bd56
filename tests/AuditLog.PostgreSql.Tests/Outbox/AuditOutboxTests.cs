using AuditLog.PostgreSql.Integrity;
using AuditLog.PostgreSql.Outbox;
using AuditLog.PostgreSql.Tests.Integrity;
using AuditLog.PostgreSql.Tests.Support;
using AuditLog.Resources;
using Npgsql;

namespace AuditLog.PostgreSql.Tests.Outbox;

[Collection(PostgreSqlCollection.Name)]
public sealed class AuditOutboxTests(PostgreSqlFixture postgres)
{
    private const string Destination = "cluster-a/audit";
    private static readonly Dictionary<Guid, long> NoCursors = [];
    private static readonly DateTimeOffset Start = new(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Cursors_are_empty_before_anything_was_delivered()
    {
        await using var db = await OutboxDatabase.CreateAsync(postgres);
        await Chains.SeedAsync(db.ConnectionString, writers: 2, perWriter: 3);

        var cursors = await Outbox(db).ReadCursorsAsync(CancellationToken.None);

        cursors.Should().BeEmpty();
    }

    [Fact]
    public async Task Read_returns_what_the_sink_committed_with_its_chain_links()
    {
        await using var db = await OutboxDatabase.CreateAsync(postgres);
        await using (var audit = await AuditLogServices.StartAsync(db.ConnectionString))
        {
            foreach (var topic in new[] { "orders", "payments", "refunds" })
            {
                await audit.Logger.LogAsync(AuditEvents.Kafka.Topic.Create.For(new KafkaTopic("production", topic), AuditActor.User("alice@example.com")));
            }
        }

        var events = await Outbox(db).ReadAsync(NoCursors, 100, CancellationToken.None);

        var stored = await StoredEvents.ReadAsync(db.ConnectionString);
        events.Select(e => (e.WriterId, e.Sequence, e.PreviousHash, e.Hash, e.Payload, e.ResourceAddress))
            .Should().Equal(stored.Rows.Select(r => (r.WriterId, r.Sequence, r.PreviousHash, r.Hash, r.Payload, r.ResourceAddress)), (a, b) =>
                a.WriterId == b.WriterId && a.Sequence == b.Sequence && a.PreviousHash.SequenceEqual(b.PreviousHash)
                && a.Hash.SequenceEqual(b.Hash) && a.Payload == b.Payload && a.ResourceAddress == b.ResourceAddress);
        events.Select(e => e.Sequence).Should().Equal(1, 2, 3);
    }

    [Fact]
    public async Task Read_returns_the_events_after_each_cursor_ordered_by_writer_and_sequence()
    {
        await using var db = await OutboxDatabase.CreateAsync(postgres);
        var chains = await Chains.SeedAsync(db.ConnectionString, writers: 3, perWriter: 5, start: Start);
        var (a, b, c) = (chains[0].WriterId, chains[1].WriterId, chains[2].WriterId);

        var events = await Outbox(db).ReadAsync(new Dictionary<Guid, long> { [a] = 2, [b] = 5 }, 100, CancellationToken.None);

        events.Select(e => (e.WriterId, e.Sequence)).Should().Equal(
            new[] { (a, 3L), (a, 4L), (a, 5L), (c, 1L), (c, 2L), (c, 3L), (c, 4L), (c, 5L) }.OrderBy(e => e.Item1, Comparer<Guid>.Create(UuidOrder.Compare)).ThenBy(e => e.Item2));
        events.First(e => e.WriterId == a && e.Sequence == 3).Time.Should().Be(chains[0].Events[2].Time);
    }

    [Fact]
    public async Task Read_returns_no_more_than_max_events()
    {
        await using var db = await OutboxDatabase.CreateAsync(postgres);
        await Chains.SeedAsync(db.ConnectionString, writers: 1, perWriter: 10);

        var events = await Outbox(db).ReadAsync(NoCursors, 4, CancellationToken.None);

        events.Select(e => e.Sequence).Should().Equal(1, 2, 3, 4);
    }

    [Fact]
    public async Task Read_shares_the_budget_across_writers_giving_small_backlogs_all_they_have()
    {
        await using var db = await OutboxDatabase.CreateAsync(postgres);
        await Chains.AppendAsync(db.ConnectionString, Guid.NewGuid(), Times(40));
        await Chains.AppendAsync(db.ConnectionString, Guid.NewGuid(), Times(40));
        var quiet = Guid.NewGuid();
        await Chains.AppendAsync(db.ConnectionString, quiet, Times(2));

        var events = await Outbox(db).ReadAsync(NoCursors, 20, CancellationToken.None);

        var perWriter = events.GroupBy(e => e.WriterId).ToDictionary(g => g.Key, g => g.Select(e => e.Sequence).ToArray());
        perWriter.Should().HaveCount(3);
        perWriter[quiet].Should().Equal(1, 2);
        perWriter.Where(p => p.Key != quiet).Should().AllSatisfy(p => p.Value.Should().Equal(1, 2, 3, 4, 5, 6, 7, 8, 9));
        events.Should().HaveCount(20);
    }

    [Fact]
    public async Task A_budget_smaller_than_the_writers_serves_each_writer_in_turn()
    {
        await using var db = await OutboxDatabase.CreateAsync(postgres);
        var chains = await Chains.SeedAsync(db.ConnectionString, writers: 3, perWriter: 10);
        var outbox = Outbox(db);
        var cursors = new Dictionary<Guid, long>();

        for (var round = 0; round < 3; round++)
        {
            foreach (var item in await outbox.ReadAsync(cursors, 1, CancellationToken.None))
            {
                cursors[item.WriterId] = item.Sequence;
            }
        }

        cursors.Should().BeEquivalentTo(chains.ToDictionary(c => c.WriterId, _ => 1L));
    }

    [Fact]
    public async Task Uncommitted_events_are_not_returned_and_a_writer_committing_later_is_not_skipped()
    {
        await using var db = await OutboxDatabase.CreateAsync(postgres);
        var (slow, fast) = (Guid.NewGuid(), Guid.NewGuid());
        await using (var first = await PendingBatch.BeginAsync(db.ConnectionString, slow, 1, 3))
        {
            await first.CommitAsync();
        }

        var outbox = Outbox(db);
        var cursors = new Dictionary<Guid, long>();
        await using var inFlight = await PendingBatch.BeginAsync(db.ConnectionString, slow, 4, 6);
        await using (var other = await PendingBatch.BeginAsync(db.ConnectionString, fast, 1, 2))
        {
            await other.CommitAsync();
        }

        var before = await outbox.ReadAsync(cursors, 100, CancellationToken.None);
        Advance(cursors, before);
        await inFlight.CommitAsync();
        var after = await outbox.ReadAsync(cursors, 100, CancellationToken.None);

        before.Where(e => e.WriterId == slow).Select(e => e.Sequence).Should().Equal(1, 2, 3);
        before.Where(e => e.WriterId == fast).Select(e => e.Sequence).Should().Equal(1, 2);
        after.Select(e => (e.WriterId, e.Sequence)).Should().Equal((slow, 4L), (slow, 5L), (slow, 6L));
    }

    [Fact]
    public async Task Moving_cursors_stores_them_and_never_moves_one_backwards()
    {
        await using var db = await OutboxDatabase.CreateAsync(postgres);
        var (a, b) = (Guid.NewGuid(), Guid.NewGuid());
        var outbox = Outbox(db);
        await outbox.MoveCursorsAsync(new Dictionary<Guid, long> { [a] = 5, [b] = 2 }, CancellationToken.None);

        await outbox.MoveCursorsAsync(new Dictionary<Guid, long> { [a] = 3, [b] = 4 }, CancellationToken.None);

        (await outbox.ReadCursorsAsync(CancellationToken.None)).Should().BeEquivalentTo(new Dictionary<Guid, long> { [a] = 5, [b] = 4 });
    }

    [Fact]
    public async Task Cursors_belong_to_their_destination()
    {
        await using var db = await OutboxDatabase.CreateAsync(postgres);
        var writer = Guid.NewGuid();
        await Outbox(db).MoveCursorsAsync(new Dictionary<Guid, long> { [writer] = 7 }, CancellationToken.None);

        var elsewhere = await new AuditOutbox(db.Database, "cluster-b/audit").ReadCursorsAsync(CancellationToken.None);

        elsewhere.Should().BeEmpty();
    }

    [Fact]
    public async Task Lag_counts_the_undelivered_events_and_dates_the_oldest()
    {
        await using var db = await OutboxDatabase.CreateAsync(postgres);
        var step = TimeSpan.FromSeconds(1);
        var chains = await Chains.SeedAsync(db.ConnectionString, writers: 3, perWriter: 4, start: Start, step: step);
        var outbox = Outbox(db);
        await outbox.MoveCursorsAsync(new Dictionary<Guid, long> { [chains[0].WriterId] = 4, [chains[1].WriterId] = 1 }, CancellationToken.None);

        var lag = await outbox.ReadLagAsync(CancellationToken.None);

        // Writer 1's second event (index 1) is the oldest waiting: Start + (1 × 3 + 1) s; writer 2's first is Start + 2 s.
        lag.Should().Be(new OutboxLag(3 + 4, chains[2].Events[0].Time));
    }

    [Fact]
    public async Task Lag_is_zero_once_every_event_is_delivered()
    {
        await using var db = await OutboxDatabase.CreateAsync(postgres);
        var chains = await Chains.SeedAsync(db.ConnectionString, writers: 2, perWriter: 3);
        var outbox = Outbox(db);
        await outbox.MoveCursorsAsync(chains.ToDictionary(c => c.WriterId, _ => 3L), CancellationToken.None);

        var lag = await outbox.ReadLagAsync(CancellationToken.None);

        lag.Should().Be(new OutboxLag(0, null));
    }

    [Fact]
    public async Task Read_deep_in_a_long_chain_is_an_index_range_scan()
    {
        await using var db = await OutboxDatabase.CreateAsync(postgres);
        var writer = Guid.NewGuid();
        await using (var bulk = await PendingBatch.BeginAsync(db.ConnectionString, writer, 1, 60_000))
        {
            await bulk.CommitAsync();
        }

        await Sql.ExecuteAsync(db.ConnectionString, "ANALYZE auditlog.events");
        var outbox = Outbox(db);
        var cursors = new Dictionary<Guid, long> { [writer] = 50_000 };

        var events = await outbox.ReadAsync(cursors, 500, CancellationToken.None);

        events.Select(e => e.Sequence).Should().Equal(Enumerable.Range(50_001, 500).Select(s => (long)s));
        var plan = await ExplainAsync(db.ConnectionString, outbox.ReadCommand, cursors, 500);
        plan.Should().Contain("events_chain_unique").And.NotContain("Seq Scan on events");
    }

    private static AuditOutbox Outbox(OutboxDatabase db) => new(db.Database, Destination);

    private static IEnumerable<DateTimeOffset> Times(int count) => Enumerable.Range(0, count).Select(i => Start.AddSeconds(i));

    private static void Advance(Dictionary<Guid, long> cursors, IEnumerable<OutboxEvent> events)
    {
        foreach (var item in events)
        {
            cursors[item.WriterId] = item.Sequence;
        }
    }

    private static async Task<string> ExplainAsync(string connectionString, string sql, Dictionary<Guid, long> cursors, int maxEvents)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var explain = new NpgsqlCommand("EXPLAIN " + sql, connection);
        explain.Parameters.Add(new NpgsqlParameter<Guid[]> { TypedValue = cursors.Keys.ToArray() });
        explain.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = cursors.Values.ToArray() });
        explain.Parameters.Add(new NpgsqlParameter<int> { TypedValue = maxEvents });
        await using var reader = await explain.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(0));
        }

        return string.Join('\n', lines);
    }
}
