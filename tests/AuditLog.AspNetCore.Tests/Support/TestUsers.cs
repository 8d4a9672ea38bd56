using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AuditLog.AspNetCore.Tests.Support;

/// <summary>
/// Signs a request in as the user named by the <c>X-Test-User</c> header (or, for a browser, whose downloads do
/// not carry extra headers, the <c>test-user</c> cookie), an auditor unless <c>X-Test-Role</c> says otherwise;
/// neither, no user.
/// </summary>
public sealed class TestUsers(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Test";
    public const string UserHeader = "X-Test-User";
    public const string RoleHeader = "X-Test-Role";
    public const string AuditorRole = "auditor";
    public const string Policy = "AuditReaders";
    public const string UserCookie = "test-user";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? user = Request.Headers.TryGetValue(UserHeader, out var header) ? header.ToString() : Request.Cookies[UserCookie];
        if (user is null)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var role = Request.Headers.TryGetValue(RoleHeader, out var given) ? given.ToString() : AuditorRole;
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, user), new Claim(ClaimTypes.Role, role)], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }
}
