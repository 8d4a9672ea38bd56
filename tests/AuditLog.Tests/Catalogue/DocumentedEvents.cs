namespace AuditLog.Tests.Catalogue;

/// <summary>
/// The documented catalogue (Conduktor Console's audit log documentation, and the Confluent-style
/// security decisions), written out independently of the code so the catalogue is checked against it.
/// </summary>
internal static class DocumentedEvents
{
    public static readonly string[] Exportable =
    [
        "Kafka.Subject.Create", "Kafka.Subject.Update", "Kafka.Subject.Delete",
        "Kafka.Topic.Create", "Kafka.Topic.Update", "Kafka.Topic.Delete", "Kafka.Topic.Empty",
        "Kafka.Connector.Create", "Kafka.Connector.Update", "Kafka.Connector.Delete",
        "Kafka.Subject.ChangeCompatibility",
        "Kafka.Topic.Browse", "Kafka.Topic.ProduceRecord", "Kafka.Topic.SqlQuery",
        "Kafka.Connector.Restart", "Kafka.Connector.TaskRestart", "Kafka.Connector.Pause", "Kafka.Connector.Resume",
        "Kafka.Connector.AutoRestartActivate", "Kafka.Connector.AutoRestartStop",
        "Kafka.ConsumerGroup.Duplicate", "Kafka.ConsumerGroup.Update", "Kafka.ConsumerGroup.Delete",
        "Kafka.Alert.Create", "Kafka.Alert.Update", "Kafka.Alert.Delete", "Kafka.Alert.Trigger",
        "Iam.User.Create", "Iam.User.Update", "Iam.User.Delete",
        "Iam.User.Login", "Iam.User.Logout",
        "Iam.Group.Create", "Iam.Group.Update", "Iam.Group.Delete",
        "SelfService.Application.Create", "SelfService.Application.Update", "SelfService.Application.Upsert", "SelfService.Application.Delete",
        "SelfService.ApplicationInstance.Create", "SelfService.ApplicationInstance.Update", "SelfService.ApplicationInstance.Delete",
        "SelfService.ApplicationGroup.Create", "SelfService.ApplicationGroup.Update", "SelfService.ApplicationGroup.Delete",
        "SelfService.ApplicationPolicy.Create", "SelfService.ApplicationPolicy.Update", "SelfService.ApplicationPolicy.Delete",
        "SelfService.ApplicationInstancePermission.Create", "SelfService.ApplicationInstancePermission.Delete",
        "SelfService.ApplicationInstanceApiKey.Create", "SelfService.ApplicationInstanceApiKey.Delete",
        "SelfService.ServiceAccount.Create", "SelfService.ServiceAccount.Update", "SelfService.ServiceAccount.Delete",
        "Admin.KafkaConnect.Create", "Admin.KafkaConnect.Update", "Admin.KafkaConnect.Delete",
        "Admin.KsqlDB.Create", "Admin.KsqlDB.Update", "Admin.KsqlDB.Delete",
        "Admin.KafkaCluster.Create", "Admin.KafkaCluster.Update", "Admin.KafkaCluster.Delete",
        "Admin.SchemaRegistry.ChangeCompatibility",
        "Admin.Integration.Update",
        "Admin.AdminApiKey.Create", "Admin.AdminApiKey.Delete",
        "Admin.DataMaskingPolicy.Create", "Admin.DataMaskingPolicy.Update", "Admin.DataMaskingPolicy.Delete",
        "Admin.Certificate.Create", "Admin.Certificate.Delete",
        "Admin.PartnerZone.Create", "Admin.PartnerZone.Update", "Admin.PartnerZone.Delete", "Admin.PartnerZone.TokenCreate",
    ];

    /// <summary>Metadata exportable events need besides their address parts, so a reader understands them.</summary>
    public static readonly (string Name, string[] Keys)[] ExportableRequiredMetadata =
    [
        ("Kafka.Subject.ChangeCompatibility", ["compatibility"]),
        ("Kafka.Topic.ProduceRecord", ["partition", "offset"]),
        ("Kafka.Topic.SqlQuery", ["query"]),
        ("Kafka.Connector.TaskRestart", ["taskId"]),
        ("Kafka.ConsumerGroup.Duplicate", ["duplicateName"]),
        ("Kafka.ConsumerGroup.Update", ["offsets"]),
        ("Admin.SchemaRegistry.ChangeCompatibility", ["compatibility"]),
    ];

    /// <summary>The only exportable <c>source</c> Conduktor shows (its topic example); the other exportable templates are ours.</summary>
    public static readonly string[] SourceTemplatesShownByConduktor = ["//kafka/kafkacluster/<cluster>/topic/<name>"];

    /// <summary>Spellings of documented names found in Conduktor's changelogs.</summary>
    public static readonly (string Alias, string Name)[] Aliases =
    [
        ("IAM.User.Login", "Iam.User.Login"),
        ("Kafka.Connector.RestartTask", "Kafka.Connector.TaskRestart"),
    ];

    /// <summary>Legacy events and the exportable events recording the same action.</summary>
    public static readonly (string Legacy, string Exportable)[] Counterparts =
    [
        ("topic.ProducedRecord", "Kafka.Topic.ProduceRecord"),
        ("topic.Browsed", "Kafka.Topic.Browse"),
        ("topic.Deleted", "Kafka.Topic.Delete"),
        ("topic.Created", "Kafka.Topic.Create"),
        ("topic.Updated", "Kafka.Topic.Update"),
        ("topic.Emptied", "Kafka.Topic.Empty"),
        ("subject.Created", "Kafka.Subject.Create"),
        ("subject.Updated", "Kafka.Subject.Update"),
        ("subject.ChangedCompat", "Kafka.Subject.ChangeCompatibility"),
        ("subject.Deleted", "Kafka.Subject.Delete"),
        ("registry.ChangedGlobalCompat", "Admin.SchemaRegistry.ChangeCompatibility"),
        ("consumergroup.Updated", "Kafka.ConsumerGroup.Update"),
        ("consumergroup.Deleted", "Kafka.ConsumerGroup.Delete"),
        ("connector.Created", "Kafka.Connector.Create"),
        ("connector.Updated", "Kafka.Connector.Update"),
        ("connector.Deleted", "Kafka.Connector.Delete"),
        ("connector.Restarted", "Kafka.Connector.Restart"),
        ("connector.RestartedTask", "Kafka.Connector.TaskRestart"),
        ("connector.Paused", "Kafka.Connector.Pause"),
        ("connector.Resumed", "Kafka.Connector.Resume"),
        ("policy.Deleted", "Admin.DataMaskingPolicy.Delete"),
        ("application.Created", "SelfService.Application.Create"),
        ("application.Updated", "SelfService.Application.Update"),
        ("application.Deleted", "SelfService.Application.Delete"),
        ("cluster.Created", "Admin.KafkaCluster.Create"),
        ("cluster.Updated", "Admin.KafkaCluster.Update"),
        ("cluster.Deleted", "Admin.KafkaCluster.Delete"),
        ("group.Created", "Iam.Group.Create"),
        ("user.Login", "Iam.User.Login"),
    ];

    private const string Topic = "kafka:/cluster/<uuid>/topic/<topic-name>";
    private const string Subject = "kafka:/cluster/<uuid>/subject/<subject-name>";
    private const string SchemaRegistry = "kafka:/cluster/<uuid>";
    private const string ConsumerGroup = "kafka:/cluster/<uuid>/group/<group-name>";
    private const string Connector = "kafka:/cluster/<uuid>/connect/<connect-cluster-id>/<connector-name>";
    private const string DatamaskingPolicy = "platform:/datamasking/<uuid>";
    private const string Application = "platform:/application/<app-slug>";
    private const string Cluster = "kafka:/cluster/<uuid>";
    private const string Group = "platform:/group/<uuid>";
    private const string User = "platform:/user/<email>";

    /// <summary>Legacy events: name, resource type, CRN template.</summary>
    public static readonly (string Name, string ResourceType, string Template)[] Legacy =
    [
        ("topic.ProducedRecord", "Topic", Topic),
        ("topic.Browsed", "Topic", Topic),
        ("topic.Deleted", "Topic", Topic),
        ("topic.Created", "Topic", Topic),
        ("topic.Updated", "Topic", Topic),
        ("topic.Emptied", "Topic", Topic),
        ("topic.Tagged", "Topic", Topic),
        ("topic.Untagged", "Topic", Topic),
        ("subject.Created", "Subject", Subject),
        ("subject.Updated", "Subject", Subject),
        ("subject.ChangedCompat", "Subject", Subject),
        ("subject.Deleted", "Subject", Subject),
        ("subject.DeletedVersions", "Subject", Subject),
        ("subject.DeletedVersion", "Subject", Subject),
        ("registry.ChangedGlobalCompat", "SchemaRegistry", SchemaRegistry),
        ("consumergroup.Created", "ConsumerGroup", ConsumerGroup),
        ("consumergroup.Updated", "ConsumerGroup", ConsumerGroup),
        ("consumergroup.Deleted", "ConsumerGroup", ConsumerGroup),
        ("connector.Created", "Connector", Connector),
        ("connector.Updated", "Connector", Connector),
        ("connector.Deleted", "Connector", Connector),
        ("connector.Restarted", "Connector", Connector),
        ("connector.RestartedTask", "Connector", Connector),
        ("connector.Paused", "Connector", Connector),
        ("connector.Resumed", "Connector", Connector),
        ("policy.Upserted", "DatamaskingPolicy", DatamaskingPolicy),
        ("policy.Deleted", "DatamaskingPolicy", DatamaskingPolicy),
        ("application.Created", "Application", Application),
        ("application.Deleted", "Application", Application),
        ("application.Updated", "Application", Application),
        ("application.access-request.Approved", "Application", Application),
        ("application.access-request.Rejected", "Application", Application),
        ("cluster.Created", "Cluster", Cluster),
        ("cluster.Updated", "Cluster", Cluster),
        ("cluster.Deleted", "Cluster", Cluster),
        ("group.Created", "Group", Group),
        ("group.member.Added", "Group", Group),
        ("group.member.Deleted", "Group", Group),
        ("group.permission.Added", "Group", Group),
        ("group.permission.Deleted", "Group", Group),
        ("user.Login", "User", User),
        ("user.permission.Added", "User", User),
        ("user.permission.Deleted", "User", User),
        ("user.platform_role.Updated", "User", User),
    ];

    /// <summary>Documented qualifiers of legacy names.</summary>
    public static readonly (string Name, string Detail)[] LegacyDetails =
    [
        ("consumergroup.Updated", "ResetOffsets"),
        ("application.access-request.Approved", "from / to"),
    ];

    public static readonly string[] Security =
    [
        "Security.Authentication.Attempt",
        "Security.Authorization.Check",
        "Security.AuditTrail.Search",
        "Security.AuditTrail.Export",
    ];

    /// <summary>Confluent Cloud's event types, from its "Audit Log Event Categories" page.</summary>
    public static readonly string[] Confluent =
    [
        "io.confluent.kafka.server/authentication",
        "io.confluent.kafka.server/authorization",
        "io.confluent.kafka.server/request",
        "io.confluent.sg.server/authentication",
        "io.confluent.sg.server/authorization",
        "io.confluent.sg.server/request",
        "io.confluent.ksql.server/authentication",
        "io.confluent.ksql.server/authorization",
        "io.confluent.flink.server/authentication",
        "io.confluent.flink.server/authorization",
        "io.confluent.cloud/request",
        "io.confluent.cloud/authorization",
        "io.confluent.cloud/access-transparency",
    ];

    /// <summary>The 121 documented Conduktor names (exportable then legacy).</summary>
    public static IEnumerable<string> ConduktorNames => Exportable.Concat(Legacy.Select(e => e.Name));

    public static TheoryData<string> ExportableNames => new(Exportable);

    public static TheoryData<string> LegacyNames => new(Legacy.Select(e => e.Name));

    public static TheoryData<string> AllConduktorNames => new(ConduktorNames);

    public static TheoryData<string, string> CounterpartPairs => Pairs(Counterparts);

    public static TheoryData<string, string> AliasPairs => Pairs(Aliases);

    private static TheoryData<string, string> Pairs(IEnumerable<(string, string)> pairs)
    {
        var data = new TheoryData<string, string>();
        foreach (var (first, second) in pairs)
        {
            data.Add(first, second);
        }

        return data;
    }
}
