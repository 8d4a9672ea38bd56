using System.Text;
using AuditLog.CloudEvents;
using AuditLog.PostgreSql.Reading;
using AuditLog.PostgreSql.Tests.Support;

namespace AuditLog.PostgreSql.Tests.Reading;

/// <summary>Results larger than one read batch: every event once, in order, across the batch boundaries.</summary>
[Collection(PostgreSqlCollection.Name)]
public sealed class StreamingTests(PostgreSqlFixture postgres)
{
    private const int Events = 25_003;

    private static readonly Lock Gate = new();
    private static Task<ReadingDatabase>? database;

    [Fact]
    public async Task A_query_streams_every_event_once_newest_first_across_batches()
    {
        var store = (await SeededAsync()).Store;

        var ids = new List<Guid>();
        await foreach (var auditEvent in store.QueryAsync(new AuditQuery()))
        {
            ids.Add(auditEvent.Id);
        }

        Events.Should().BeGreaterThan(EventQuery.BatchSize * 2);
        ids.Should().Equal(Enumerable.Range(1, Events).Reverse().Select(n => BulkSeeder.IdOf(n)));
    }

    [Fact]
    public async Task A_query_that_stops_early_returns_its_connection()
    {
        var seeded = await SeededAsync();

        for (var i = 0; i < 150; i++)
        {
            await foreach (var auditEvent in seeded.Store.QueryAsync(new AuditQuery()))
            {
                break;
            }
        }

        (await seeded.ScalarAsync<long>("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()")).Should().BeLessThan(10);
    }

    [Fact]
    public async Task An_export_writes_every_event_once_newest_first_across_batches()
    {
        var store = (await SeededAsync()).Store;
        using var output = new MemoryStream();

        var count = await store.ExportAsync(new AuditQuery(), AuditExportFormat.Json, output);

        count.Should().Be(Events);
        Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => AuditCloudEventMapper.FromJson(line).Id)
            .Should().Equal(Enumerable.Range(1, Events).Reverse().Select(n => BulkSeeder.IdOf(n)));
    }

    [Fact]
    public async Task Progress_is_reported_every_ten_thousand_events_and_at_the_end()
    {
        var store = (await SeededAsync()).Store;
        var reports = new List<long>();

        await store.ExportAsync(new AuditQuery(), AuditExportFormat.Csv, Stream.Null, new SynchronousProgress(reports.Add));

        reports.Should().Equal(10_000, 20_000, Events);
    }

    [Fact]
    public async Task Paging_through_a_large_result_meets_every_event_once()
    {
        var store = (await SeededAsync()).Store;
        var ids = new List<Guid>();

        string? cursor = null;
        do
        {
            var page = await store.GetPageAsync(new AuditQuery(), PostgreSqlAuditStore.MaxPageSize, cursor);
            ids.AddRange(page.Events.Select(e => e.Id));
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        ids.Should().Equal(Enumerable.Range(1, Events).Reverse().Select(n => BulkSeeder.IdOf(n)));
    }

    private Task<ReadingDatabase> SeededAsync()
    {
        lock (Gate)
        {
            return database ??= SeedAsync();
        }
    }

    private async Task<ReadingDatabase> SeedAsync()
    {
        var seeded = await ReadingDatabase.CreateAsync(postgres);
        await BulkSeeder.SeedAsync(seeded.ConnectionString, Events);
        return seeded;
    }

    private sealed class SynchronousProgress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}
