using AuditLog.Resources;

namespace AuditLog.Tests.Catalogue;

/// <summary>One sample typed resource per resource record, to exercise every catalogue entry's factory.</summary>
internal static class SampleResources
{
    public static readonly Guid ClusterId = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");

    public static readonly Guid PolicyId = Guid.Parse("7c9e6679-7425-40de-944b-e07fc1f90ae7");

    public static readonly Guid GroupId = Guid.Parse("a3bb189e-8bf9-3888-9912-ace4e6543002");

    // IResourceAddress has a static abstract member, so it cannot be a type argument: the table holds objects.
    private static readonly Dictionary<Type, object> Samples = new object[]
    {
        new KafkaSubject("production", "website-orders-value"),
        new KafkaTopic("production", "website-orders"),
        new KafkaConnector("production", "connect-main", "orders-sink"),
        new IamUser("alice@example.com"),
        new IamGroup("platform-team"),
        new SelfServiceApplication("clickstream"),
        new SelfServiceApplicationInstance("clickstream", "clickstream-prod"),
        new SelfServiceApplicationGroup("clickstream", "operators"),
        new SelfServiceApplicationPolicy("no-topic-deletion"),
        new SelfServiceApplicationInstancePermission("clickstream", "clickstream-prod", "click-events"),
        new AdminKafkaConnect("production", "connect-main"),
        new AdminKsqlDB("production", "ksql-main"),
        new AdminKafkaCluster("production"),
        new KafkaConsumerGroup("production", "billing"),
        new KafkaAlert("production", "consumer-lag-billing"),
        new SelfServiceApplicationInstanceApiKey("clickstream", "clickstream-prod", "key-7f3a"),
        new SelfServiceServiceAccount("production", "sa-clickstream"),
        new AdminSchemaRegistry("production"),
        new AdminAlertIntegration("slack"),
        new AdminApiKey("admin-key-42"),
        new AdminDataMaskingPolicy("mask-pii"),
        new AdminCertificate("kafka-ca"),
        new AdminPartnerZone("acme-partner"),
        new CrnTopic(ClusterId, "website-orders"),
        new CrnSubject(ClusterId, "website-orders-value"),
        new CrnSchemaRegistry(ClusterId),
        new CrnConsumerGroup(ClusterId, "billing"),
        new CrnConnector(ClusterId, "connect-main", "orders-sink"),
        new CrnDatamaskingPolicy(PolicyId),
        new CrnApplication("clickstream"),
        new CrnCluster(ClusterId),
        new CrnGroup(GroupId),
        new CrnUser("alice@example.com"),
        new SecuredCluster("lkc-a1b2c"),
        new SecuredResource("lkc-a1b2c", "Topic", "website-orders"),
        new AuditTrailStore("auditlog"),
        ConfluentResource.Of(("kafka", "lkc-6k8r8q"), ("topic", "orders")),
    }.ToDictionary(r => r.GetType());

    /// <summary>The typed resource record an entry takes (<c>KafkaTopic</c> for <c>AuditEventType&lt;KafkaTopic&gt;</c>).</summary>
    public static Type ResourceRecordOf(AuditEventType entry)
    {
        var type = entry.GetType();
        while (!type.IsGenericType)
        {
            type = type.BaseType!;
        }

        return type.GetGenericArguments().Single();
    }

    /// <summary>The sample of an entry's resource record, or null when the table lacks one.</summary>
    public static IResourceAddress? For(AuditEventType entry) => Samples.GetValueOrDefault(ResourceRecordOf(entry)) as IResourceAddress;

    /// <summary>Calls the entry's typed factory <c>For(resource, actor)</c>.</summary>
    public static AuditEvent Create(AuditEventType entry, IResourceAddress resource, AuditActor actor) =>
        (AuditEvent)entry.GetType().GetMethod("For")!.Invoke(entry, [resource, actor])!;
}
