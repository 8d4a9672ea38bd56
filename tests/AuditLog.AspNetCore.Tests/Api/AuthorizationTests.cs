using System.Net;
using AuditLog.AspNetCore.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace AuditLog.AspNetCore.Tests.Api;

[Collection(PostgreSqlCollection.Name)]
public sealed class AuthorizationTests(PostgreSqlFixture postgres)
{
    public static TheoryData<string> Paths => new()
    {
        "events",
        "events/0192f0c4-5c1e-7a00-8000-000000000000",
        "export?format=csv",
        "verify",
        "catalogue",
        "",
        "assets/audit.js",
    };

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Without_an_authorization_policy_every_request_is_refused(string path)
    {
        await using var app = await AuditWebApp.StartAsync(await postgres.NewDatabaseAsync(), secure: _ => { });

        using var response = await app.Client().GetAsync($"{AuditWebApp.Prefix}/{path}");

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await response.Content.ReadAsStringAsync()).Should().Contain("RequireAuthorization");
        (await app.Store.QueryAsync(new PostgreSql.AuditQuery()).CountAsync()).Should().Be(0, "a refused request reads nothing and records nothing");
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task With_a_policy_a_request_without_a_user_is_challenged(string path)
    {
        var app = await postgres.Sample.GetAsync();

        using var response = await app.Client(user: null).GetAsync($"{AuditWebApp.Prefix}/{path}");

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task With_a_policy_a_user_outside_it_is_forbidden()
    {
        var app = await postgres.Sample.GetAsync();

        using var response = await app.Client(user: "mallory@example.com", role: "developer").GetAsync($"{AuditWebApp.Prefix}/events");

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_user_the_policy_admits_reads()
    {
        var app = await postgres.Sample.GetAsync();

        using var response = await app.Client().GetAsync($"{AuditWebApp.Prefix}/events");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.CacheControl!.NoStore.Should().BeTrue();
    }

    [Fact]
    public async Task AllowAnonymous_opens_the_endpoints_deliberately_and_reads_are_recorded_as_anonymous()
    {
        await using var app = await AuditWebApp.StartAsync(await postgres.NewDatabaseAsync(), secure: g => g.AllowAnonymous());

        using var response = await app.Client(user: null).GetAsync($"{AuditWebApp.Prefix}/events");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var recorded = await app.Store.QueryAsync(new PostgreSql.AuditQuery { EventTypes = ["Security.AuditTrail.Search"] }).SingleAsync();
        recorded.Actor.Id.Should().Be("anonymous");
    }

    [Fact]
    public void Mapping_without_the_PostgreSQL_store_fails_at_start_up_saying_what_to_register()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Services.AddAuditLog();
        using var app = builder.Build();

        var act = () => app.MapAuditLog("/audit");

        act.Should().Throw<InvalidOperationException>().WithMessage("*AddPostgreSql()*");
    }
}
