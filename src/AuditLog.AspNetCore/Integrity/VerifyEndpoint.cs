using AuditLog.PostgreSql;
using Microsoft.AspNetCore.Http;

namespace AuditLog.AspNetCore.Integrity;

/// <summary><c>GET verify</c>: walks every integrity chain in one snapshot.</summary>
internal static class VerifyEndpoint
{
    public static async Task<IResult> VerifyAsync(AuditIntegrityVerifier verifier, CancellationToken cancellationToken)
    {
        var result = await verifier.VerifyAsync(cancellationToken).ConfigureAwait(false);
        return Results.Ok(VerificationReport.From(result));
    }
}
