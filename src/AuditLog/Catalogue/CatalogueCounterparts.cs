namespace AuditLog;

/// <summary>
/// Each legacy CRN event paired with the exportable event that records the same action, so a host can
/// record either. Legacy events without a one-to-one exportable action (tags, subject versions, group
/// members and permissions, user permissions and roles, access requests, the data masking upsert and
/// consumer group creation) have no counterpart.
/// </summary>
internal static class CatalogueCounterparts
{
    public static readonly (AuditEventType Legacy, AuditEventType Exportable)[] Table =
    [
        (AuditEvents.Legacy.Topic.ProducedRecord, AuditEvents.Kafka.Topic.ProduceRecord),
        (AuditEvents.Legacy.Topic.Browsed, AuditEvents.Kafka.Topic.Browse),
        (AuditEvents.Legacy.Topic.Deleted, AuditEvents.Kafka.Topic.Delete),
        (AuditEvents.Legacy.Topic.Created, AuditEvents.Kafka.Topic.Create),
        (AuditEvents.Legacy.Topic.Updated, AuditEvents.Kafka.Topic.Update),
        (AuditEvents.Legacy.Topic.Emptied, AuditEvents.Kafka.Topic.Empty),
        (AuditEvents.Legacy.Subject.Created, AuditEvents.Kafka.Subject.Create),
        (AuditEvents.Legacy.Subject.Updated, AuditEvents.Kafka.Subject.Update),
        (AuditEvents.Legacy.Subject.ChangedCompat, AuditEvents.Kafka.Subject.ChangeCompatibility),
        (AuditEvents.Legacy.Subject.Deleted, AuditEvents.Kafka.Subject.Delete),
        (AuditEvents.Legacy.SchemaRegistry.ChangedGlobalCompat, AuditEvents.Admin.SchemaRegistry.ChangeCompatibility),
        (AuditEvents.Legacy.ConsumerGroup.Updated, AuditEvents.Kafka.ConsumerGroup.Update),
        (AuditEvents.Legacy.ConsumerGroup.Deleted, AuditEvents.Kafka.ConsumerGroup.Delete),
        (AuditEvents.Legacy.Connector.Created, AuditEvents.Kafka.Connector.Create),
        (AuditEvents.Legacy.Connector.Updated, AuditEvents.Kafka.Connector.Update),
        (AuditEvents.Legacy.Connector.Deleted, AuditEvents.Kafka.Connector.Delete),
        (AuditEvents.Legacy.Connector.Restarted, AuditEvents.Kafka.Connector.Restart),
        (AuditEvents.Legacy.Connector.RestartedTask, AuditEvents.Kafka.Connector.TaskRestart),
        (AuditEvents.Legacy.Connector.Paused, AuditEvents.Kafka.Connector.Pause),
        (AuditEvents.Legacy.Connector.Resumed, AuditEvents.Kafka.Connector.Resume),
        (AuditEvents.Legacy.DatamaskingPolicy.Deleted, AuditEvents.Admin.DataMaskingPolicy.Delete),
        (AuditEvents.Legacy.Application.Created, AuditEvents.SelfService.Application.Create),
        (AuditEvents.Legacy.Application.Updated, AuditEvents.SelfService.Application.Update),
        (AuditEvents.Legacy.Application.Deleted, AuditEvents.SelfService.Application.Delete),
        (AuditEvents.Legacy.Cluster.Created, AuditEvents.Admin.KafkaCluster.Create),
        (AuditEvents.Legacy.Cluster.Updated, AuditEvents.Admin.KafkaCluster.Update),
        (AuditEvents.Legacy.Cluster.Deleted, AuditEvents.Admin.KafkaCluster.Delete),
        (AuditEvents.Legacy.Group.Created, AuditEvents.Iam.Group.Create),
        (AuditEvents.Legacy.User.Login, AuditEvents.Iam.User.Login),
    ];
}
