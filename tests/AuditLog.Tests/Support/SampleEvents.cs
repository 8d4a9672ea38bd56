using AuditLog;
using AuditLog.Resources;

namespace AuditLog.Tests.Support;

public static class SampleEvents
{
    public static AuditActor Alice { get; } = AuditActor.User("alice@example.com", "Alice");

    public static AuditEvent TopicCreated(string topic = "website-orders") =>
        AuditEvents.Kafka.Topic.Create.For(new KafkaTopic("production", topic), Alice);
}
