using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace AuditLog.AspNetCore.Tests.Support;

/// <summary>Small readers of the API's answers.</summary>
public static class Api
{
    public sealed record Page(IReadOnlyList<JsonElement> Events, string? NextCursor)
    {
        public IEnumerable<Guid> Ids => Events.Select(e => e.GetProperty("id").GetGuid());
    }

    public static string Url(string path, params (string Name, string Value)[] parameters) =>
        $"{AuditWebApp.Prefix}/{path}" + (parameters.Length == 0 ? string.Empty : "?" + string.Join('&', parameters.Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value)}")));

    public static async Task<Page> GetPageAsync(this HttpClient client, params (string Name, string Value)[] parameters)
    {
        using var response = await client.GetAsync(Url("events", parameters));
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var next = body.GetProperty("nextCursor");
        return new Page(
            body.GetProperty("events").EnumerateArray().ToArray(),
            next.ValueKind == JsonValueKind.Null ? null : next.GetString());
    }

    /// <summary>Every page, following the cursors.</summary>
    public static async Task<List<Guid>> GetAllAsync(this HttpClient client, int pageSize, params (string Name, string Value)[] parameters)
    {
        var ids = new List<Guid>();
        string? cursor = null;
        do
        {
            var page = await client.GetPageAsync([.. parameters, ("pageSize", pageSize.ToString()), .. cursor is null ? [] : new[] { ("cursor", cursor) }]);
            ids.AddRange(page.Ids);
            cursor = page.NextCursor;
        }
        while (cursor is not null);
        return ids;
    }
}
