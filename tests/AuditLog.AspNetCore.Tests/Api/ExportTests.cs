using System.Net;
using System.Text;
using AuditLog.AspNetCore.Tests.Support;
using AuditLog.CloudEvents;

namespace AuditLog.AspNetCore.Tests.Api;

[Collection(PostgreSqlCollection.Name)]
public sealed class ExportTests(PostgreSqlFixture postgres)
{
    private static readonly string Bounded = $"to={Uri.EscapeDataString(SampleEvents.End.ToString("O"))}";

    [Fact]
    public async Task A_CSV_export_is_an_attachment_with_a_header_and_a_row_per_matching_event()
    {
        var app = await postgres.Sample.GetAsync();

        using var response = await app.Client().GetAsync($"{AuditWebApp.Prefix}/export?format=csv&actor=alice%40example.com&{Bounded}");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        response.Content.Headers.ContentDisposition!.DispositionType.Should().Be("attachment");
        response.Content.Headers.ContentDisposition.FileName.Should().MatchRegex("^\"?auditlog-\\d{8}T\\d{6}Z\\.csv\"?$");
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().StartWith("id,time,type,family,");
        lines.Skip(1).Select(l => Guid.Parse(l[..36]))
            .Should().Equal(SampleEvents.NewestFirst.Where(e => e.Actor.Id == "alice@example.com").Select(e => e.Id));
    }

    [Fact]
    public async Task A_JSON_export_is_JSON_Lines_of_the_stored_CloudEvents()
    {
        var app = await postgres.Sample.GetAsync();

        using var response = await app.Client().GetAsync($"{AuditWebApp.Prefix}/export?format=json&family=Security&{Bounded}");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentDisposition!.FileName!.Trim('"').Should().MatchRegex(@"^auditlog-\d{8}T\d{6}Z\.jsonl$");
        var body = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());
        body.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Should().Equal(SampleEvents.NewestFirst.Where(e => e.Type.Family == AuditEventFamily.Security).Select(AuditCloudEventMapper.ToJson));
    }
}
