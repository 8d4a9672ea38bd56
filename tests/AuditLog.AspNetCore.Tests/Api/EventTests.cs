using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AuditLog.AspNetCore.Tests.Support;
using AuditLog.CloudEvents;

namespace AuditLog.AspNetCore.Tests.Api;

[Collection(PostgreSqlCollection.Name)]
public sealed class EventTests(PostgreSqlFixture postgres)
{
    [Fact]
    public async Task One_event_is_returned_as_its_CloudEvent_with_all_its_metadata()
    {
        var app = await postgres.Sample.GetAsync();
        var expected = SampleEvents.Events.Single(e => e.CorrelationId == "req-42");

        using var response = await app.Client().GetAsync($"{AuditWebApp.Prefix}/events/{expected.Id}");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/cloudevents+json");
        var returned = AuditCloudEventMapper.FromJson(await response.Content.ReadAsStringAsync());
        returned.Should().BeEquivalentTo(expected, o => o.ComparingByMembers<AuditEvent>().Excluding(e => e.Metadata).Excluding(e => e.Type));
        returned.Type.Should().BeSameAs(expected.Type);
        returned.Metadata.ToJson().Should().Be(expected.Metadata.ToJson());
    }

    [Fact]
    public async Task An_unknown_id_is_not_found()
    {
        var app = await postgres.Sample.GetAsync();

        using var response = await app.Client().GetAsync($"{AuditWebApp.Prefix}/events/{Guid.CreateVersion7()}");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    [Fact]
    public async Task Search_results_are_the_stored_CloudEvents()
    {
        var app = await postgres.Sample.GetAsync();

        var page = await app.Client().GetPageAsync(("actor", "sa-etl"), ("to", SampleEvents.End.ToString("O")));

        page.Events.Select(e => e.GetRawText())
            .Should().Equal(SampleEvents.NewestFirst.Where(e => e.Actor.Id == "sa-etl").Select(AuditCloudEventMapper.ToJson));
    }

    [Fact]
    public async Task The_catalogue_lists_every_event_type_family_outcome_and_resource_type()
    {
        var app = await postgres.Sample.GetAsync();

        var catalogue = await app.Client().GetFromJsonAsync<JsonElement>($"{AuditWebApp.Prefix}/catalogue");

        catalogue.GetProperty("eventTypes").EnumerateArray().Select(t => t.GetProperty("name").GetString())
            .Should().Equal(AuditCatalogue.All.Select(t => t.Name));
        catalogue.GetProperty("families").EnumerateArray().Select(f => f.GetString()).Should().Equal("Exportable", "Legacy", "Security", "Confluent");
        catalogue.GetProperty("outcomes").EnumerateArray().Select(f => f.GetString()).Should().Equal("Success", "Failure", "Denied");
        catalogue.GetProperty("resourceTypes").EnumerateArray().Select(t => t.GetProperty("name").GetString())
            .Should().Equal(AuditCatalogue.ResourceTypes.Select(t => t.Name));
    }

    [Fact]
    public async Task Verify_reports_intact_chains()
    {
        await using var app = await AuditWebApp.StartAsync(await postgres.NewDatabaseAsync());
        await SampleEvents.WriteAsync(app.Logger);

        var report = await app.Client().GetFromJsonAsync<JsonElement>($"{AuditWebApp.Prefix}/verify");

        report.GetProperty("isIntact").GetBoolean().Should().BeTrue();
        report.GetProperty("eventsChecked").GetInt64().Should().Be(SampleEvents.Events.Count);
        report.GetProperty("chains").GetInt32().Should().Be(1);
        report.GetProperty("firstViolation").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public async Task Verify_names_the_first_event_that_was_changed()
    {
        var database = await postgres.NewDatabaseAsync();
        await using var app = await AuditWebApp.StartAsync(database);
        await SampleEvents.WriteAsync(app.Logger);
        var changed = SampleEvents.Events[4].Id;
        await Tamper.ChangePayloadAsync(database, changed);

        var report = await app.Client().GetFromJsonAsync<JsonElement>($"{AuditWebApp.Prefix}/verify");

        report.GetProperty("isIntact").GetBoolean().Should().BeFalse();
        var violation = report.GetProperty("firstViolation");
        violation.GetProperty("kind").GetString().Should().Be("Changed");
        violation.GetProperty("eventId").GetGuid().Should().Be(changed);
    }
}
