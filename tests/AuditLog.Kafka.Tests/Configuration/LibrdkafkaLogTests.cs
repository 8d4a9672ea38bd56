using AuditLog.Kafka.Configuration;
using AuditLog.Kafka.Tests.Support;
using Confluent.Kafka;
using Microsoft.Extensions.Logging;

namespace AuditLog.Kafka.Tests.Configuration;

public sealed class LibrdkafkaLogTests
{
    [Theory]
    [InlineData(SyslogLevel.Emergency, LogLevel.Critical)]
    [InlineData(SyslogLevel.Alert, LogLevel.Critical)]
    [InlineData(SyslogLevel.Critical, LogLevel.Critical)]
    [InlineData(SyslogLevel.Error, LogLevel.Error)]
    [InlineData(SyslogLevel.Warning, LogLevel.Warning)]
    [InlineData(SyslogLevel.Notice, LogLevel.Information)]
    [InlineData(SyslogLevel.Info, LogLevel.Information)]
    [InlineData(SyslogLevel.Debug, LogLevel.Debug)]
    public void Writes_a_librdkafka_line_at_the_matching_level(SyslogLevel syslogLevel, LogLevel expected)
    {
        var logs = new CapturedLogs();

        LibrdkafkaLog.Write(logs.CreateLogger("librdkafka"), new LogMessage("rdkafka#producer-1", syslogLevel, "FAIL", "Connect failed"));

        logs.Entries.Should().Equal(new CapturedLog(expected, 4100, "librdkafka FAIL: Connect failed", null));
    }
}
