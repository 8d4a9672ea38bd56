using System.Collections.Frozen;

namespace AuditLog.Kafka.Configuration;

/// <summary>
/// Java client properties that librdkafka knows by the same name and meaning, copied as they are. The one list:
/// a key missing here and not mapped by <see cref="JavaClientPropertyMapper"/> is refused at start-up.
/// </summary>
internal static class PassThroughClientProperties
{
    public static readonly FrozenSet<string> Keys = new[]
    {
        "client.id",
        "client.rack",
        "client.dns.lookup",
        "request.timeout.ms",
        "metadata.max.age.ms",
        "socket.connection.setup.timeout.ms",
        "connections.max.idle.ms",
        "reconnect.backoff.ms",
        "reconnect.backoff.max.ms",
        "retry.backoff.ms",
        "retry.backoff.max.ms",
        "socket.send.buffer.bytes",
        "socket.receive.buffer.bytes",
    }.ToFrozenSet(StringComparer.Ordinal);
}
