using Microsoft.Extensions.Logging;

namespace AuditLog.Pipeline;

/// <summary>The pipeline's log messages (source-generated). They carry event ids, never metadata values.</summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Warning, "Audit event of type {EventType} rejected: {Field} {Rule}.")]
    public static partial void EventRejected(ILogger logger, string eventType, string field, string rule);

    [LoggerMessage(2, LogLevel.Debug, "Sink {Sink} wrote {Count} audit events in {ElapsedMs:F1} ms.")]
    public static partial void BatchWritten(ILogger logger, string sink, int count, double elapsedMs);

    [LoggerMessage(3, LogLevel.Warning, "Sink {Sink} failed to write {Count} audit events (attempt {Attempt}); retrying in {DelayMs} ms. First event {FirstEventId}.")]
    public static partial void WriteFailed(ILogger logger, Exception exception, string sink, int count, int attempt, long delayMs, Guid firstEventId);

    [LoggerMessage(4, LogLevel.Error, "Sink {Sink} refused audit event {EventId} of type {EventType} for its content; it was not written and its caller was told. The rest of its batch is written.")]
    public static partial void EventRefused(ILogger logger, Exception exception, string sink, Guid eventId, string eventType);

    [LoggerMessage(5, LogLevel.Error, "Audit event {EventId} of type {EventType} dropped by sink {Sink}: its queue is full (policy Drop).")]
    public static partial void EventDropped(ILogger logger, Guid eventId, string eventType, string sink);

    [LoggerMessage(6, LogLevel.Critical, "Sink {Sink} could not deliver {Count} accepted audit events before shutdown. Events: {EventIds}.")]
    public static partial void EventsLostAtShutdown(ILogger logger, string sink, int count, string eventIds);

    [LoggerMessage(7, LogLevel.Error, "An audit failure listener threw.")]
    public static partial void ListenerFailed(ILogger logger, Exception exception);
}
