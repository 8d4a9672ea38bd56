using AuditLog.PostgreSql.Tests.Support;
using AuditLog.Resources;

namespace AuditLog.PostgreSql.Tests.Reading;

[Collection(PostgreSqlCollection.Name)]
public sealed class PaginationTests(PostgreSqlFixture postgres)
{
    private static readonly DateTimeOffset Start = new(2024, 11, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Pages_cover_every_match_exactly_once_newest_first()
    {
        // Five events share each instant, so the id breaks ties.
        var log = Topics(25, i => Start.AddSeconds(i / 5));
        await using var database = await ReadingDatabase.CreateAsync(postgres, log);

        var read = await ReadAllPagesAsync(database.Store, new AuditQuery(), pageSize: 4);

        read.Select(e => e.Id).Should().Equal(log.OrderByDescending(e => e.Time).ThenByDescending(e => e.Id, GuidOrder.Instance).Select(e => e.Id));
    }

    [Fact]
    public async Task Pages_apply_the_query()
    {
        var log = Topics(30, i => Start.AddSeconds(i));
        await using var database = await ReadingDatabase.CreateAsync(postgres, log);
        var query = new AuditQuery { ResourcePrefix = SampleLog.TopicAddress("production", "topic-1"), From = Start.AddSeconds(11) };

        var read = await ReadAllPagesAsync(database.Store, query, pageSize: 3);

        read.Select(e => e.Resource.Address).Should().Equal(Enumerable.Range(11, 9).Reverse().Select(i => SampleLog.TopicAddress("production", $"topic-{i}")));
    }

    [Fact]
    public async Task The_last_page_has_no_next_cursor()
    {
        await using var database = await ReadingDatabase.CreateAsync(postgres, Topics(8, i => Start.AddSeconds(i)));

        var first = await database.Store.GetPageAsync(new AuditQuery(), 4, cursor: null);
        var second = await database.Store.GetPageAsync(new AuditQuery(), 4, first.NextCursor);

        first.NextCursor.Should().NotBeNull();
        second.Events.Should().HaveCount(4);
        second.NextCursor.Should().BeNull();
    }

    [Fact]
    public async Task An_empty_result_is_one_empty_page()
    {
        await using var database = await ReadingDatabase.CreateAsync(postgres);

        var page = await database.Store.GetPageAsync(new AuditQuery(), 10, cursor: null);

        page.Events.Should().BeEmpty();
        page.NextCursor.Should().BeNull();
    }

    [Fact]
    public async Task Newer_events_written_between_page_reads_do_not_change_the_following_pages()
    {
        var log = Topics(12, i => Start.AddSeconds(i));
        await using var database = await ReadingDatabase.CreateAsync(postgres, log);
        var first = await database.Store.GetPageAsync(new AuditQuery(), 5, cursor: null);

        await database.SeedAsync(Topics(7, i => Start.AddMinutes(10).AddSeconds(i)));
        var second = await database.Store.GetPageAsync(new AuditQuery(), 5, first.NextCursor);
        var third = await database.Store.GetPageAsync(new AuditQuery(), 5, second.NextCursor);

        var expected = log.Select(e => e.Id).Reverse().ToList();
        first.Events.Select(e => e.Id).Should().Equal(expected[..5]);
        second.Events.Select(e => e.Id).Should().Equal(expected[5..10]);
        third.Events.Select(e => e.Id).Should().Equal(expected[10..]);
        third.NextCursor.Should().BeNull();
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-cursor")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("' OR '1'='1")]
    [InlineData("AQjc6Qm5Ig4AAZMFxGcgdCmQhD7k7ZZn+g")]
    [InlineData("AQjc6Qm5Ig4AAZMFxGcgdCmQhD7k7ZZn-gAA")]
    [InlineData("Af__________AZMFxGcgdCmQhD7k7ZZn-g")]
    public async Task A_cursor_the_store_did_not_issue_is_refused(string cursor)
    {
        var database = await SharedSampleLog.GetAsync(postgres);

        var act = () => database.Store.GetPageAsync(new AuditQuery(), 10, cursor);

        var refused = (await act.Should().ThrowAsync<AuditQueryException>()).Which;
        refused.Filter.Should().Be("cursor");
        refused.Message.Should().NotContain(cursor.Length > 0 ? cursor : "\u0000");
    }

    [Fact]
    public async Task A_cursor_reads_back_its_position()
    {
        var database = await SharedSampleLog.GetAsync(postgres);
        var first = await database.Store.GetPageAsync(new AuditQuery(), 3, cursor: null);

        var again = await database.Store.GetPageAsync(new AuditQuery(), 3, first.NextCursor);
        var twice = await database.Store.GetPageAsync(new AuditQuery(), 3, first.NextCursor);

        again.Events.Select(e => e.Id).Should().Equal(twice.Events.Select(e => e.Id));
        again.Events.Select(e => e.Id).Should().Equal(SampleLog.Events.Reverse().Skip(3).Take(3).Select(e => e.Id));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(PostgreSqlAuditStore.MaxPageSize + 1)]
    public async Task A_page_size_out_of_range_is_refused(int pageSize)
    {
        var database = await SharedSampleLog.GetAsync(postgres);

        var act = () => database.Store.GetPageAsync(new AuditQuery(), pageSize, cursor: null);

        await act.Should().ThrowAsync<ArgumentOutOfRangeException>();
    }

    private static async Task<List<AuditEvent>> ReadAllPagesAsync(PostgreSqlAuditStore store, AuditQuery query, int pageSize)
    {
        var events = new List<AuditEvent>();
        string? cursor = null;
        do
        {
            var page = await store.GetPageAsync(query, pageSize, cursor);
            page.Events.Count.Should().BeLessThanOrEqualTo(pageSize);
            events.AddRange(page.Events);
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        return events;
    }

    private static List<AuditEvent> Topics(int count, Func<int, DateTimeOffset> time) =>
        Enumerable.Range(0, count)
            .Select(i => EventSeeder.Enriched(AuditEvents.Kafka.Topic.Create.For(new KafkaTopic("production", $"topic-{i}"), SampleLog.Alice), time(i)))
            .ToList();

    // PostgreSQL orders uuids by their bytes in RFC order; Guid.CompareTo does not.
    private sealed class GuidOrder : IComparer<Guid>
    {
        public static readonly GuidOrder Instance = new();

        public int Compare(Guid x, Guid y) => string.CompareOrdinal(x.ToString("N"), y.ToString("N"));
    }
}
