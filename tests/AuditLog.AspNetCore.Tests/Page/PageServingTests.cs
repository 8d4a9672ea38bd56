using System.Net;
using AuditLog.AspNetCore.Tests.Support;

namespace AuditLog.AspNetCore.Tests.Page;

[Collection(PostgreSqlCollection.Name)]
public sealed class PageServingTests(PostgreSqlFixture postgres)
{
    [Fact]
    public async Task The_page_is_served_under_a_strict_content_security_policy()
    {
        var app = await postgres.Sample.GetAsync();

        using var response = await app.Client().GetAsync($"{AuditWebApp.Prefix}/");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        policy.Should().Contain("default-src 'none'").And.Contain("script-src 'self'").And.Contain("style-src 'self'")
            .And.NotContain("unsafe-inline").And.NotContain("unsafe-eval");
        var html = await response.Content.ReadAsStringAsync();
        html.Should().NotContain("<script>").And.NotContain("style=").And.NotMatchRegex(@"\son[a-z]+=").And.NotMatchRegex("(src|href)=\"(https?:)?//");
    }

    [Fact]
    public async Task The_prefix_without_a_slash_redirects_to_the_page()
    {
        var app = await postgres.Sample.GetAsync();

        using var response = await app.Client().GetAsync(AuditWebApp.Prefix);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().Be("/audit/");
    }

    [Theory]
    [InlineData("audit.js", "text/javascript")]
    [InlineData("audit.css", "text/css")]
    [InlineData("favicon.svg", "image/svg+xml")]
    public async Task The_page_files_are_served_from_the_assembly(string name, string contentType)
    {
        var app = await postgres.Sample.GetAsync();

        using var response = await app.Client().GetAsync($"{AuditWebApp.Prefix}/assets/{name}");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be(contentType);
        (await response.Content.ReadAsByteArrayAsync()).Should().NotBeEmpty();
    }

    [Theory]
    [InlineData("index.html")]
    [InlineData("..%2FAuditLog.AspNetCore.dll")]
    [InlineData("AUDIT.JS")]
    public async Task Nothing_else_is_served_from_the_assets(string name)
    {
        var app = await postgres.Sample.GetAsync();

        using var response = await app.Client().GetAsync($"{AuditWebApp.Prefix}/assets/{name}");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_script_never_writes_HTML()
    {
        var app = await postgres.Sample.GetAsync();

        var script = await app.Client().GetStringAsync($"{AuditWebApp.Prefix}/assets/audit.js");

        script.Should().NotContainAny("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function");
    }
}
