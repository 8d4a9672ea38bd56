using System.Net.Http.Json;
using System.Text.Json;
using AuditLog.AspNetCore.Tests.Support;

namespace AuditLog.AspNetCore.Tests.Api;

[Collection(PostgreSqlCollection.Name)]
public sealed class OpenApiTests(PostgreSqlFixture postgres)
{
    [Fact]
    public async Task The_OpenAPI_document_describes_every_endpoint_and_the_search_parameters()
    {
        var app = await postgres.Sample.GetAsync();

        var document = await app.Client().GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = document.GetProperty("paths");
        paths.EnumerateObject().Select(p => p.Name).Should().BeEquivalentTo(
            "/audit/events", "/audit/events/{id}", "/audit/export", "/audit/verify", "/audit/catalogue");
        paths.GetProperty("/audit/events").GetProperty("get").GetProperty("parameters").EnumerateArray()
            .Select(p => p.GetProperty("name").GetString())
            .Should().BeEquivalentTo("from", "to", "type", "family", "resourceType", "resource", "actor", "outcome", "q", "cursor", "pageSize");
        paths.GetProperty("/audit/export").GetProperty("get").GetProperty("parameters").EnumerateArray()
            .Select(p => p.GetProperty("name").GetString()).Should().Contain("format");
    }
}
