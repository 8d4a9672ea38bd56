using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AuditLog.AspNetCore.Tests.Support;
using AuditLog.TestSupport;

namespace AuditLog.AspNetCore.Tests.Api;

/// <summary>
/// The store's hostile values, sent as every text parameter: each is refused with problem details naming the
/// parameter (never echoing the value), or answered with only the events that truly match, never more.
/// </summary>
[Collection(PostgreSqlCollection.Name)]
public sealed class HostileParameterTests(PostgreSqlFixture postgres)
{
    // The store's hostile values, and what only a URL or a page can carry.
    private static readonly string[] Values = [.. HostileText.Values, "", "<script>alert(1)</script>"];

    private static readonly string[] Parameters = ["type", "resourceType", "resource", "actor", "q"];

    public static TheoryData<string, int> Cases()
    {
        var cases = new TheoryData<string, int>();
        foreach (var parameter in Parameters)
        {
            for (var i = 0; i < Values.Length; i++)
            {
                cases.Add(parameter, i);
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Hostile_values_are_refused_naming_the_parameter_or_match_only_what_truly_matches(string parameter, int value)
    {
        var app = await postgres.Sample.GetAsync();
        var hostile = Values[value];
        var url = $"{Support.Api.Url("events", ("to", SampleEvents.End.ToString("O")), ("pageSize", "1000"))}&{parameter}={Uri.EscapeDataString(hostile)}";

        using var response = await app.Client().GetAsync(url);

        if (response.StatusCode == HttpStatusCode.BadRequest)
        {
            await ShouldNameAsync(response, parameter, hostile);
        }
        else
        {
            response.StatusCode.Should().Be(HttpStatusCode.OK);
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
            var ids = body.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("id").GetGuid()).ToList();
            var allowed = SampleEvents.Events.Where(e => TrulyMatches(parameter, hostile, e)).Select(e => e.Id).ToList();
            ids.Should().BeSubsetOf(allowed);
            if (parameter != "q")
            {
                ids.Should().HaveCount(allowed.Count);
            }
        }

        (await app.Store.QueryAsync(new PostgreSql.AuditQuery { To = SampleEvents.End }).CountAsync()).Should().Be(SampleEvents.Events.Count);
    }

    public static TheoryData<string, string> Malformed => new()
    {
        { "from", "from=yesterday" },
        { "to", "to=2024-13-45T00:00:00Z" },
        { "to", $"from={Uri.EscapeDataString(SampleEvents.End.ToString("O"))}&to={Uri.EscapeDataString(SampleEvents.Start.ToString("O"))}" },
        { "family", "family=42" },
        { "family", "family=Everything" },
        { "outcome", "outcome=7" },
        { "outcome", "outcome=Maybe" },
        { "type", "type=kafka.topic.create" },
        { "type", string.Join('&', Enumerable.Repeat("type=Kafka.Topic.Create", 201)) },
        { "actor", "actor=alice%40example.com&actor=bob%40example.com" },
        { "cursor", "cursor=not-a-cursor" },
        { "cursor", "cursor=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" },
        { "pageSize", "pageSize=0" },
        { "pageSize", "pageSize=1001" },
        { "pageSize", "pageSize=-1" },
        { "pageSize", "pageSize=ten" },
        { "pageSize", "pageSize=1e3" },
        { "pageSize", "pageSize=99999999999999999999" },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public async Task Malformed_parameters_are_refused_with_problem_details_naming_them(string parameter, string query)
    {
        var app = await postgres.Sample.GetAsync();

        using var response = await app.Client().GetAsync($"{AuditWebApp.Prefix}/events?{query}");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        await ShouldNameAsync(response, parameter, hostile: null);
    }

    [Theory]
    [InlineData("format=xml", "format")]
    [InlineData("", "format")]
    [InlineData("format=csv&actor=", "actor")]
    [InlineData("format=csv&resourceType=Topics", "resourceType")]
    public async Task An_export_with_a_bad_parameter_is_refused_before_anything_is_written(string query, string parameter)
    {
        var app = await postgres.Sample.GetAsync();

        using var response = await app.Client().GetAsync($"{AuditWebApp.Prefix}/export?{query}");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentDisposition.Should().BeNull();
        await ShouldNameAsync(response, parameter, hostile: null);
    }

    [Theory]
    [InlineData("not-a-uuid")]
    [InlineData("0192f0c45c1e7a008000000000000000")]
    [InlineData("%27%20OR%201%3D1")]
    public async Task An_event_id_that_is_not_a_uuid_is_refused(string id)
    {
        var app = await postgres.Sample.GetAsync();

        using var response = await app.Client().GetAsync($"{AuditWebApp.Prefix}/events/{id}");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        await ShouldNameAsync(response, "id", hostile: null);
    }

    private static async Task ShouldNameAsync(HttpResponseMessage response, string parameter, string? hostile)
    {
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var text = await response.Content.ReadAsStringAsync();
        var problem = JsonDocument.Parse(text).RootElement;
        problem.GetProperty("status").GetInt32().Should().Be(400);
        problem.GetProperty("parameter").GetString().Should().Be(parameter);
        problem.GetProperty("errors").TryGetProperty(parameter, out _).Should().BeTrue();
        if (hostile is { Length: > 3 })
        {
            text.Should().NotContain(hostile);
        }
    }

    private static bool TrulyMatches(string parameter, string value, AuditEvent e) => parameter switch
    {
        "type" => e.Type.Name == value,
        "resourceType" => e.Resource.Type.Name == value,
        "resource" => e.Resource.Address.StartsWith(value, StringComparison.Ordinal),
        "actor" => e.Actor.Id == value,
        "q" => value.Split(' ', '\'', '"', '%', '_', '\\', ';', '(', ')', '|', '<', '>', '!', ':', '*', '$', '-', '/', '@', '=')
            .Where(w => w.Length > 0)
            .Any(w => string.Join(' ', [e.Type.Name, e.Resource.Address, e.Actor.Id, .. e.Metadata.Values.Select(v => v.ToString())]).Contains(w, StringComparison.OrdinalIgnoreCase)),
        _ => false,
    };
}
