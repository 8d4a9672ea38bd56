using AuditLog.Resources;

namespace AuditLog.TestSupport;

/// <summary>
/// The events of a small audit log, one source for the store's tests and the HTTP API's: every family and outcome,
/// several actors, and topics whose names hold LIKE's wildcards literally. Not enriched: each test project sets ids
/// and times a minute apart from <see cref="Start"/> its own way.
/// </summary>
internal static class SampleAuditLog
{
    public static readonly DateTimeOffset Start = new(2024, 10, 10, 8, 0, 0, TimeSpan.Zero);

    public static readonly Guid ClusterId = Guid.Parse("0b9f6c4e-7a52-4d6c-9d1e-2f3a4b5c6d7e");

    public static AuditActor Alice { get; } = AuditActor.User("alice@example.com", "Alice");

    public static AuditActor Bob { get; } = AuditActor.User("bob@example.com", "Bob");

    public static AuditActor Etl { get; } = AuditActor.ServiceAccount("sa-etl", "ETL");

    /// <summary>The events, oldest first, without ids or times.</summary>
    public static AuditEvent[] Events() =>
    [
        AuditEvents.Kafka.Topic.Create.For(new KafkaTopic("production", "website-orders"), Alice).WithMetadata("team", "payments"),
        AuditEvents.Kafka.Topic.Delete.For(new KafkaTopic("production", "website-clicks"), Bob) with { Outcome = AuditOutcome.Failure("topic in use") },
        AuditEvents.Kafka.Topic.Create.For(new KafkaTopic("staging", "orders"), Alice),
        AuditEvents.Kafka.Connector.Create.For(new KafkaConnector("production", "connect-main", "jdbc-sink"), Etl),
        AuditEvents.Legacy.Topic.Created.For(new CrnTopic(ClusterId, "website-orders"), Alice),
        AuditEvents.Legacy.User.Login.For(new CrnUser("bob@example.com"), Bob) with { Client = new AuditClient("192.0.2.10", "console/1.27") },
        AuditEvents.Security.Authorization.Record(new AuthorizationCheck("production", Bob, "Write", "Topic", "billing-ledger", Granted: false) { Message = "no ACL" }),
        AuditEvents.Security.Authentication.Record(new AuthenticationAttempt("production", AuditActor.User("mallory@example.com"), "SCRAM-SHA-512", Succeeded: false)),
        AuditEvents.Iam.User.Create.For(new IamUser("carol@example.com"), Alice) with { CorrelationId = "req-42" },
        AuditEvents.Kafka.Topic.Create.For(new KafkaTopic("production", "a%b"), Etl),
        AuditEvents.Kafka.Topic.Create.For(new KafkaTopic("production", "a_b"), Etl),
        AuditEvents.Kafka.Topic.Create.For(new KafkaTopic("production", "ab"), Etl),
        AuditEvents.Kafka.Topic.Create.For(new KafkaTopic("production", @"a\b"), Etl),
        AuditEvents.Kafka.Topic.Update.For(new KafkaTopic("production", "website-orders"), Alice).WithMetadata("retention", 604800L),
    ];
}
