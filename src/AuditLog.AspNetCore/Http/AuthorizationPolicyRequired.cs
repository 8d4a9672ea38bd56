using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace AuditLog.AspNetCore.Http;

/// <summary>
/// Secure by default: refuses every request to an audit log endpoint that carries no authorization metadata,
/// so forgetting <c>RequireAuthorization(...)</c> exposes nothing. <c>AllowAnonymous()</c> opens it deliberately.
/// </summary>
/// <remarks>
/// The authorization middleware enforces the policy itself; this filter only checks that there is one. A host-wide
/// fallback policy does not count: the audit log is opened by a decision made where it is mapped.
/// </remarks>
internal sealed class AuthorizationPolicyRequired(ILogger<AuthorizationPolicyRequired> logger) : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var metadata = context.HttpContext.GetEndpoint()?.Metadata;
        var decided = metadata is not null
            && (metadata.GetMetadata<IAuthorizeData>() is not null
                || metadata.GetMetadata<AuthorizationPolicy>() is not null
                || metadata.GetMetadata<IAllowAnonymous>() is not null);
        if (decided)
        {
            return next(context);
        }

        AuditLogHttpLog.RefusedWithoutPolicy(logger, context.HttpContext.Request.Path);
        return ValueTask.FromResult<object?>(Results.Problem(
            statusCode: StatusCodes.Status403Forbidden,
            title: "The audit log has no authorization policy.",
            detail: "Every request is refused until the host maps it with an authorization policy: app.MapAuditLog(\"/audit\").RequireAuthorization(\"AuditReaders\")."));
    }
}
