using AuditLog.AspNetCore.Tests.Support;
using AuditLog.Resources;

namespace AuditLog.AspNetCore.Tests.Api;

[Collection(PostgreSqlCollection.Name)]
public sealed class PagingTests(PostgreSqlFixture postgres)
{
    [Fact]
    public async Task Keyset_pages_return_every_event_once_while_events_are_being_written()
    {
        await using var app = await AuditWebApp.StartAsync(await postgres.NewDatabaseAsync());
        var seeded = new List<AuditEvent>();
        for (var i = 0; i < 30; i++)
        {
            seeded.Add(await app.Logger.LogAsync(AuditEvents.Kafka.Topic.Create.For(new KafkaTopic("production", $"topic-{i}"), SampleEvents.Alice) with { Time = SampleEvents.Start.AddSeconds(i) }));
        }

        var client = app.Client();
        var first = await client.GetPageAsync(("pageSize", "7"));
        using var stop = new CancellationTokenSource();
        var writing = Task.Run(async () =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                await app.Logger.LogAsync(AuditEvents.Kafka.Topic.Delete.For(new KafkaTopic("production", $"new-{i}"), SampleEvents.Bob));
            }
        });

        var ids = first.Ids.ToList();
        var cursor = first.NextCursor;
        var pages = 1;
        while (cursor is not null)
        {
            var page = await client.GetPageAsync(("pageSize", "7"), ("cursor", cursor));
            ids.AddRange(page.Ids);
            cursor = page.NextCursor;
            pages++;
        }

        await stop.CancelAsync();
        await writing;
        ids.Should().Equal(seeded.AsEnumerable().Reverse().Select(e => e.Id));
        pages.Should().Be(5);
    }

    [Fact]
    public async Task The_last_page_has_no_next_cursor()
    {
        var app = await postgres.Sample.GetAsync();

        var page = await app.Client().GetPageAsync(("to", SampleEvents.End.ToString("O")), ("pageSize", "1000"));

        page.NextCursor.Should().BeNull();
        page.Events.Should().HaveCount(SampleEvents.Events.Count);
    }

    [Fact]
    public async Task Pages_hold_fifty_events_unless_asked_otherwise()
    {
        await using var app = await AuditWebApp.StartAsync(await postgres.NewDatabaseAsync());
        for (var i = 0; i < 51; i++)
        {
            await app.Logger.LogAsync(AuditEvents.Kafka.Topic.Create.For(new KafkaTopic("production", $"topic-{i}"), SampleEvents.Alice) with { Time = SampleEvents.Start.AddSeconds(i) });
        }

        var page = await app.Client().GetPageAsync();

        page.Events.Should().HaveCount(50);
        page.NextCursor.Should().NotBeNull();
    }
}
