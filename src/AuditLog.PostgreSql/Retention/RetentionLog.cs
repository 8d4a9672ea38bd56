using Microsoft.Extensions.Logging;

namespace AuditLog.PostgreSql.Retention;

/// <summary>Retention's log messages (source-generated).</summary>
internal static partial class RetentionLog
{
    [LoggerMessage(3101, LogLevel.Information, "Purged {Count} audit events older than {Before:O} in {Batches} batches, {ElapsedMs:F0} ms.")]
    public static partial void Purged(ILogger logger, long count, DateTimeOffset before, int batches, double elapsedMs);

    [LoggerMessage(3102, LogLevel.Debug, "Purged {Count} audit events of writer {WriterId} up to sequence {Sequence} in {ElapsedMs:F1} ms.")]
    public static partial void BatchPurged(ILogger logger, int count, Guid writerId, long sequence, double elapsedMs);

    [LoggerMessage(3103, LogLevel.Error, "The audit retention purge failed; it runs again in {Interval}.")]
    public static partial void PurgeFailed(ILogger logger, Exception exception, TimeSpan interval);
}
