using System.Net;
using AuditLog.AspNetCore.Tests.Support;
using AuditLog.PostgreSql;

namespace AuditLog.AspNetCore.Tests.Api;

/// <summary>Reading the audit log is itself audited: who, which filters, how many events.</summary>
[Collection(PostgreSqlCollection.Name)]
public sealed class ReadAuditTests(PostgreSqlFixture postgres)
{
    [Fact]
    public async Task A_search_records_who_searched_with_which_filters_and_how_many_events_they_saw()
    {
        await using var app = await AuditWebApp.StartAsync(await postgres.NewDatabaseAsync());
        await SampleEvents.WriteAsync(app.Logger);

        var page = await app.Client("carol@example.com").GetPageAsync(("actor", "bob@example.com"), ("type", "Kafka.Topic.Delete"), ("type", "user.Login"));

        var recorded = await Recorded(app, "Security.AuditTrail.Search").SingleAsync();
        recorded.Actor.Id.Should().Be("carol@example.com");
        recorded.Resource.Address.Should().Be("crn:///auditlog=auditlog");
        recorded.Metadata["filters"].GetRawText().Should().Be("""{"type":["Kafka.Topic.Delete","user.Login"],"actor":"bob@example.com"}""");
        recorded.Metadata["events"].GetInt64().Should().Be(2).And.Be(page.Events.Count);
    }

    [Fact]
    public async Task Opening_an_event_is_recorded_as_a_search_for_its_id()
    {
        await using var app = await AuditWebApp.StartAsync(await postgres.NewDatabaseAsync());
        await SampleEvents.WriteAsync(app.Logger);
        var id = SampleEvents.Events[3].Id;

        using var response = await app.Client().GetAsync($"{AuditWebApp.Prefix}/events/{id}");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var recorded = await Recorded(app, "Security.AuditTrail.Search").SingleAsync();
        recorded.Metadata["filters"].GetProperty("id").GetGuid().Should().Be(id);
        recorded.Metadata["events"].GetInt64().Should().Be(1);
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("json")]
    public async Task An_export_records_its_format_filters_and_the_number_of_events_written(string format)
    {
        await using var app = await AuditWebApp.StartAsync(await postgres.NewDatabaseAsync());
        await SampleEvents.WriteAsync(app.Logger);

        using var response = await app.Client("dave@example.com").GetAsync($"{AuditWebApp.Prefix}/export?format={format}&actor=sa-etl");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        _ = await response.Content.ReadAsByteArrayAsync();
        var recorded = await Recorded(app, "Security.AuditTrail.Export").SingleAsync();
        recorded.Actor.Id.Should().Be("dave@example.com");
        recorded.Outcome.Should().Be(AuditOutcome.Success);
        recorded.Metadata.GetString("format").Should().Be(format);
        recorded.Metadata["filters"].GetRawText().Should().Be("""{"actor":"sa-etl"}""");
        recorded.Metadata["events"].GetInt64().Should().Be(SampleEvents.Events.Count(e => e.Actor.Id == "sa-etl"));
    }

    [Fact]
    public async Task A_refused_search_reads_nothing_and_records_nothing()
    {
        await using var app = await AuditWebApp.StartAsync(await postgres.NewDatabaseAsync());

        using var response = await app.Client().GetAsync($"{AuditWebApp.Prefix}/events?type=Kafka.Topic.Explode");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await app.Store.QueryAsync(new AuditQuery()).CountAsync()).Should().Be(0);
    }

    private static IAsyncEnumerable<AuditEvent> Recorded(AuditWebApp app, string type) =>
        app.Store.QueryAsync(new AuditQuery { EventTypes = [type] });
}
