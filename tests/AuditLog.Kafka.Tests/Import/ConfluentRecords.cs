using AuditLog.CloudEvents;
using AuditLog.Resources;

namespace AuditLog.Kafka.Tests.Import;

/// <summary>Records in Confluent's audit format, built with the catalogue's Confluent factories and the core serializer.</summary>
internal static class ConfluentRecords
{
    private static readonly DateTimeOffset Start = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    /// <summary>A service account authenticating to a Kafka cluster (category Authentication).</summary>
    public static AuditEvent Authentication(int n, string principal = "User:306343") =>
        AuditEvents.Confluent.Kafka.Authentication.Record(new ConfluentRecord(
            "crn://confluent.cloud/kafka=lkc-6k8r8q",
            "kafka.Authentication",
            ConfluentResource.Of(("kafka", "lkc-6k8r8q")),
            new ConfluentAuthenticationInfo(principal) { Mechanism = "SASL_SSL/PLAIN", Identifier = "MAIDSRFG53RXYTKR" })
        {
            Result = new ConfluentResult(ConfluentResult.Success) { Message = string.Empty },
        }) with { Id = Guid.CreateVersion7(Start.AddMinutes(n)), Time = Start.AddMinutes(n) };

    /// <summary>A topic's creation (category Management and operations).</summary>
    public static AuditEvent TopicCreation(int n, string principal = "User:123456") =>
        AuditEvents.Confluent.Kafka.Request.Record(new ConfluentRecord(
            "crn://confluent.cloud/kafka=lkc-a1b2c",
            "kafka.CreateTopics",
            ConfluentResource.Of(("kafka", "lkc-a1b2c"), ("topic", $"orders-{n}")),
            new ConfluentAuthenticationInfo(principal))
        {
            Result = new ConfluentResult(ConfluentResult.Success),
        }) with { Id = Guid.CreateVersion7(Start.AddMinutes(n)), Time = Start.AddMinutes(n) };

    public static string Json(AuditEvent auditEvent) => AuditCloudEventMapper.ToJson(auditEvent);
}
