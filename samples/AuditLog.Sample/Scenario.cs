using AuditLog.Resources;

namespace AuditLog.Sample;

/// <summary>
/// A morning on a Kafka management console, as the audit log sees it: each step is one typed event of the catalogue,
/// recorded with <see cref="IAuditLogger.LogAsync"/>, which returns once the event is committed to PostgreSQL.
/// </summary>
internal static class Scenario
{
    public static readonly AuditActor Alice = AuditActor.User("alice@example.com", "Alice");
    public static readonly KafkaTopic Topic = new("production", "website-orders");
    public static readonly KafkaConnector Connector = new("production", "connect-eu", "orders-to-s3");

    // Legacy CRN events address clusters and groups by their UUID in the console.
    private static readonly Guid ProductionClusterId = Guid.Parse("5f0c3a52-8d1e-4c4b-9a57-3f1e2b6c7d80");
    private static readonly Guid PlatformTeamGroupId = Guid.Parse("0b7e9f14-2a6c-4d3e-8f51-6c9a1d2e3b47");

    private static readonly AuditClient FromBrowser = new("203.0.113.7", "Mozilla/5.0 (X11; Linux x86_64)");

    /// <summary>The steps of the story, in order, each with a line saying what happened.</summary>
    public static IReadOnlyList<(string Step, AuditEvent Event)> Steps() =>
    [
        ("Alice signs in",
            AuditEvents.Iam.User.Login.For(new IamUser(Alice.Id), Alice) with { Client = FromBrowser }),
        ("she creates topic website-orders",
            AuditEvents.Kafka.Topic.Create.For(Topic, Alice).WithMetadata("partitions", 6).WithMetadata("replicationFactor", 3) with { Client = FromBrowser }),
        ("updates its retention to 7 days",
            AuditEvents.Kafka.Topic.Update.For(Topic, Alice).WithMetadata("retention.ms", "604800000") with { Client = FromBrowser }),
        ("tags it pii",
            AuditEvents.Legacy.Topic.Tagged.For(new CrnTopic(ProductionClusterId, Topic.Name), Alice).WithMetadata("tag", "pii") with { Client = FromBrowser }),
        ("and empties it",
            AuditEvents.Kafka.Topic.Empty.For(Topic, Alice) with { Client = FromBrowser }),
        ("creates connector orders-to-s3 (its secret is redacted before any sink sees it)",
            AuditEvents.Kafka.Connector.Create.For(Connector, Alice)
                .WithMetadata("connector.class", "io.confluent.connect.s3.S3SinkConnector")
                .WithMetadata("topics", "website-orders")
                .WithMetadata("aws.secret.access.key", "do-not-print-me") with { Client = FromBrowser }),
        ("then restarts it",
            AuditEvents.Kafka.Connector.Restart.For(Connector, Alice) with { Client = FromBrowser }),
        ("approves the access request of application billing to application orders",
            AuditEvents.Legacy.Application.ApproveAccessRequest(new CrnApplication("orders"), from: "billing", to: "orders", Alice) with { Client = FromBrowser }),
        ("adds bob@example.com to group platform-team",
            AuditEvents.Legacy.Group.MemberAdded.For(new CrnGroup(PlatformTeamGroupId), Alice).WithMetadata("member", "bob@example.com") with { Client = FromBrowser }),
        ("service account sa-billing asks whether it may write to topic payments: denied (dry run)",
            AuditEvents.Security.Authorization.Record(
                new AuthorizationCheck("production", AuditActor.ServiceAccount("sa-billing"), "Write", "Topic", "payments", Granted: false)
                {
                    DryRun = true,
                    Message = "No ACL grants Write on Topic:payments",
                })),
        ("Alice sets subject website-orders-value to FULL compatibility",
            AuditEvents.Kafka.Subject.CompatibilityChanged(new KafkaSubject("production", "website-orders-value"), "FULL", Alice) with { Client = FromBrowser }),
        ("mallory@example.com fails to sign in",
            AuditEvents.Iam.User.Login.For(new IamUser("mallory@example.com"), AuditActor.User("mallory@example.com"))
                with { Outcome = AuditOutcome.Failure("Invalid password"), Client = new AuditClient("198.51.100.23", "curl/8.5.0") }),
    ];
}
