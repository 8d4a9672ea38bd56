using AuditLog.PostgreSql;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AuditLog.AspNetCore.Tests.Support;

/// <summary>
/// A host application as the README shows it: <c>AddAuditLog().AddPostgreSql()</c>, authentication, the
/// <c>AuditReaders</c> policy and <c>MapAuditLog("/audit")</c>, on a TestServer or on Kestrel on a free port.
/// </summary>
public sealed class AuditWebApp : IAsyncDisposable
{
    public const string Prefix = "/audit";

    private AuditWebApp(WebApplication app) => App = app;

    public WebApplication App { get; }

    public IAuditLogger Logger => App.Services.GetRequiredService<IAuditLogger>();

    public PostgreSqlAuditStore Store => App.Services.GetRequiredService<PostgreSqlAuditStore>();

    /// <summary>The address of the Kestrel server (only when started with <c>kestrel: true</c>).</summary>
    public Uri BaseAddress => new(App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());

    /// <param name="connectionString">The database.</param>
    /// <param name="secure">What the host adds to the group; by default <c>RequireAuthorization("AuditReaders")</c>.</param>
    /// <param name="kestrel">A real server on a free port of 127.0.0.1 instead of a TestServer.</param>
    public static async Task<AuditWebApp> StartAsync(string connectionString, Action<RouteGroupBuilder>? secure = null, bool kestrel = false)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        if (kestrel)
        {
            builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        }
        else
        {
            builder.WebHost.UseTestServer();
        }

        builder.Services.AddAuditLog().AddPostgreSql(connectionString);
        builder.Services.AddAuthentication(TestUsers.SchemeName).AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, TestUsers>(TestUsers.SchemeName, null);
        builder.Services.AddAuthorization(o => o.AddPolicy(TestUsers.Policy, p => p.RequireRole(TestUsers.AuditorRole)));
        builder.Services.AddOpenApi();
        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        var group = app.MapAuditLog(Prefix);
        (secure ?? (g => g.RequireAuthorization(TestUsers.Policy)))(group);
        app.MapOpenApi();
        await app.StartAsync();
        return new AuditWebApp(app);
    }

    /// <summary>A client signed in as <paramref name="user"/> (none when null) with <paramref name="role"/>.</summary>
    public HttpClient Client(string? user = "carol@example.com", string role = TestUsers.AuditorRole)
    {
        var client = App.Services.GetService<IServer>() is TestServer server
            ? server.CreateClient()
            : new HttpClient { BaseAddress = BaseAddress };
        if (user is not null)
        {
            client.DefaultRequestHeaders.Add(TestUsers.UserHeader, user);
            client.DefaultRequestHeaders.Add(TestUsers.RoleHeader, role);
        }

        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
