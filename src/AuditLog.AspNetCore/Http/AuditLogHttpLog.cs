using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace AuditLog.AspNetCore.Http;

internal static partial class AuditLogHttpLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Warning,
        Message = "Refused a request to {Path}: the audit log endpoints have no authorization policy. Map them with RequireAuthorization(...).")]
    public static partial void RefusedWithoutPolicy(ILogger logger, PathString path);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning,
        Message = "An audit log export stopped after at least {Events} events; it is recorded as a failed export.")]
    public static partial void ExportInterrupted(ILogger logger, long events, Exception exception);
}
