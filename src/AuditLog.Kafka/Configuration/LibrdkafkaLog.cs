using Confluent.Kafka;
using Microsoft.Extensions.Logging;

namespace AuditLog.Kafka.Configuration;

/// <summary>librdkafka's own log lines, sent to <see cref="ILogger"/> instead of standard error.</summary>
internal static partial class LibrdkafkaLog
{
    public static void Write(ILogger logger, LogMessage message) => Write(logger, LevelOf(message.Level), message.Facility, message.Message);

    [LoggerMessage(EventId = 4100, Message = "librdkafka {Facility}: {Text}")]
    private static partial void Write(ILogger logger, LogLevel level, string facility, string text);

    private static LogLevel LevelOf(SyslogLevel level) => level switch
    {
        SyslogLevel.Emergency or SyslogLevel.Alert or SyslogLevel.Critical => LogLevel.Critical,
        SyslogLevel.Error => LogLevel.Error,
        SyslogLevel.Warning => LogLevel.Warning,
        SyslogLevel.Notice or SyslogLevel.Info => LogLevel.Information,
        _ => LogLevel.Debug,
    };
}
