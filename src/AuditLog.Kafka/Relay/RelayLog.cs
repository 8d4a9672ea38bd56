using Microsoft.Extensions.Logging;

namespace AuditLog.Kafka.Relay;

/// <summary>The relay's log messages (source-generated). They name destinations and counts, never client properties.</summary>
internal static partial class RelayLog
{
    [LoggerMessage(4101, LogLevel.Information, "This instance is now the active audit relay to {Destination}.")]
    public static partial void Active(ILogger logger, string destination);

    [LoggerMessage(4102, LogLevel.Information, "The audit relay to {Destination} found events of {Writers} chains already on the topic past its cursors (published before a restart) and moved past them instead of publishing them again.")]
    public static partial void Recovered(ILogger logger, string destination, int writers);

    [LoggerMessage(4103, LogLevel.Warning, "The audit relay to {Destination} stopped its session and starts over from its cursors in {Delay}; no event is lost.")]
    public static partial void SessionFailed(ILogger logger, Exception exception, string destination, TimeSpan delay);
}
