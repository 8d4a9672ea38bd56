using AuditLog.Resources;

namespace AuditLog;

public static partial class AuditEvents
{
    /// <summary>Exportable events about Kafka resources.</summary>
    public static class Kafka
    {
        /// <summary>Schema Registry subjects.</summary>
        public static class Subject
        {
            /// <summary><c>Kafka.Subject.Create</c>: a Kafka subject is created.</summary>
            public static AuditEventType<KafkaSubject> Create { get; } = ExportableEvent<KafkaSubject>("Kafka.Subject.Create", "Kafka subject is created.");

            /// <summary><c>Kafka.Subject.Update</c>: a Kafka subject is updated.</summary>
            public static AuditEventType<KafkaSubject> Update { get; } = ExportableEvent<KafkaSubject>("Kafka.Subject.Update", "Kafka subject is updated.");

            /// <summary><c>Kafka.Subject.Delete</c>: a Kafka subject is deleted.</summary>
            public static AuditEventType<KafkaSubject> Delete { get; } = ExportableEvent<KafkaSubject>("Kafka.Subject.Delete", "Kafka subject is deleted.");

            /// <summary><c>Kafka.Subject.ChangeCompatibility</c>: a Kafka subject's compatibility is changed; metadata <c>compatibility</c> is the new level.</summary>
            public static AuditEventType<KafkaSubject> ChangeCompatibility { get; } = ExportableEvent<KafkaSubject>("Kafka.Subject.ChangeCompatibility", "Kafka subject compatibility is changed; metadata compatibility is the new level.", "compatibility");

            /// <summary>Creates a <c>Kafka.Subject.ChangeCompatibility</c> event with the subject's new <paramref name="compatibility"/> level (<c>BACKWARD</c>, <c>FULL</c>…).</summary>
            /// <exception cref="AuditValidationException">An address part breaks its rule.</exception>
            public static AuditEvent CompatibilityChanged(KafkaSubject subject, string compatibility, AuditActor actor) =>
                ChangeCompatibility.For(subject, actor).WithMetadata("compatibility", compatibility);
        }

        /// <summary>Topics.</summary>
        public static class Topic
        {
            /// <summary><c>Kafka.Topic.Create</c>: a Kafka topic is created.</summary>
            public static AuditEventType<KafkaTopic> Create { get; } = ExportableEvent<KafkaTopic>("Kafka.Topic.Create", "Kafka topic is created.");

            /// <summary><c>Kafka.Topic.Update</c>: a Kafka topic is updated.</summary>
            public static AuditEventType<KafkaTopic> Update { get; } = ExportableEvent<KafkaTopic>("Kafka.Topic.Update", "Kafka topic is updated.");

            /// <summary><c>Kafka.Topic.Delete</c>: a Kafka topic is deleted.</summary>
            public static AuditEventType<KafkaTopic> Delete { get; } = ExportableEvent<KafkaTopic>("Kafka.Topic.Delete", "Kafka topic is deleted.");

            /// <summary><c>Kafka.Topic.Empty</c>: a Kafka topic is emptied.</summary>
            public static AuditEventType<KafkaTopic> Empty { get; } = ExportableEvent<KafkaTopic>("Kafka.Topic.Empty", "Kafka topic is emptied.");

            /// <summary><c>Kafka.Topic.Browse</c>: a Kafka topic's records are browsed.</summary>
            public static AuditEventType<KafkaTopic> Browse { get; } = ExportableEvent<KafkaTopic>("Kafka.Topic.Browse", "Kafka topic is browsed.");

            /// <summary><c>Kafka.Topic.ProduceRecord</c>: a record is produced to a Kafka topic; metadata <c>partition</c> and <c>offset</c> say where it landed.</summary>
            public static AuditEventType<KafkaTopic> ProduceRecord { get; } = ExportableEvent<KafkaTopic>("Kafka.Topic.ProduceRecord", "A record is produced; metadata partition and offset say where it landed.", "partition", "offset");

            /// <summary>Creates a <c>Kafka.Topic.ProduceRecord</c> event for the record written at <paramref name="offset"/> of <paramref name="partition"/>.</summary>
            /// <exception cref="AuditValidationException">An address part breaks its rule.</exception>
            public static AuditEvent RecordProduced(KafkaTopic topic, int partition, long offset, AuditActor actor) =>
                ProduceRecord.For(topic, actor).WithMetadata("partition", partition).WithMetadata("offset", offset);

            /// <summary><c>Kafka.Topic.SqlQuery</c>: a Kafka topic is requested through Console SQL; metadata <c>query</c> is the query text.</summary>
            public static AuditEventType<KafkaTopic> SqlQuery { get; } = ExportableEvent<KafkaTopic>("Kafka.Topic.SqlQuery", "Kafka topic is requested through Console SQL; metadata query is the query text.", "query");

            /// <summary>Creates a <c>Kafka.Topic.SqlQuery</c> event for the Console SQL <paramref name="query"/> that read the topic.</summary>
            /// <exception cref="AuditValidationException">An address part breaks its rule.</exception>
            public static AuditEvent Queried(KafkaTopic topic, string query, AuditActor actor) =>
                SqlQuery.For(topic, actor).WithMetadata("query", query);
        }

        /// <summary>Kafka Connect connectors.</summary>
        public static class Connector
        {
            /// <summary><c>Kafka.Connector.Create</c>: a Kafka connector is created.</summary>
            public static AuditEventType<KafkaConnector> Create { get; } = ExportableEvent<KafkaConnector>("Kafka.Connector.Create", "Kafka connector is created.");

            /// <summary><c>Kafka.Connector.Update</c>: a Kafka connector is updated.</summary>
            public static AuditEventType<KafkaConnector> Update { get; } = ExportableEvent<KafkaConnector>("Kafka.Connector.Update", "Kafka connector is updated.");

            /// <summary><c>Kafka.Connector.Delete</c>: a Kafka connector is deleted.</summary>
            public static AuditEventType<KafkaConnector> Delete { get; } = ExportableEvent<KafkaConnector>("Kafka.Connector.Delete", "Kafka connector is deleted.");

            /// <summary><c>Kafka.Connector.Restart</c>: a Kafka connector is restarted.</summary>
            public static AuditEventType<KafkaConnector> Restart { get; } = ExportableEvent<KafkaConnector>("Kafka.Connector.Restart", "Kafka connector is restarted.");

            /// <summary><c>Kafka.Connector.TaskRestart</c>: a task of a Kafka connector is restarted; metadata <c>taskId</c> names the task.</summary>
            public static AuditEventType<KafkaConnector> TaskRestart { get; } = ExportableEvent<KafkaConnector>("Kafka.Connector.TaskRestart", "Kafka connector task is restarted; metadata taskId names the task.", "taskId");

            /// <summary>Creates a <c>Kafka.Connector.TaskRestart</c> event for the connector's task <paramref name="taskId"/>.</summary>
            /// <exception cref="AuditValidationException">An address part breaks its rule.</exception>
            public static AuditEvent TaskRestarted(KafkaConnector connector, int taskId, AuditActor actor) =>
                TaskRestart.For(connector, actor).WithMetadata("taskId", taskId);

            /// <summary><c>Kafka.Connector.Pause</c>: a Kafka connector is paused.</summary>
            public static AuditEventType<KafkaConnector> Pause { get; } = ExportableEvent<KafkaConnector>("Kafka.Connector.Pause", "Kafka connector is paused.");

            /// <summary><c>Kafka.Connector.Resume</c>: a Kafka connector is resumed.</summary>
            public static AuditEventType<KafkaConnector> Resume { get; } = ExportableEvent<KafkaConnector>("Kafka.Connector.Resume", "Kafka connector is resumed.");

            /// <summary><c>Kafka.Connector.AutoRestartActivate</c>: the automatic restart of a Kafka connector is activated.</summary>
            public static AuditEventType<KafkaConnector> AutoRestartActivate { get; } = ExportableEvent<KafkaConnector>("Kafka.Connector.AutoRestartActivate", "Kafka connector auto-restart is activated.");

            /// <summary><c>Kafka.Connector.AutoRestartStop</c>: the automatic restart of a Kafka connector is stopped.</summary>
            public static AuditEventType<KafkaConnector> AutoRestartStop { get; } = ExportableEvent<KafkaConnector>("Kafka.Connector.AutoRestartStop", "Kafka connector auto-restart is stopped.");
        }

        /// <summary>Consumer groups.</summary>
        public static class ConsumerGroup
        {
            /// <summary><c>Kafka.ConsumerGroup.Duplicate</c>: a Kafka consumer group is duplicated; metadata <c>duplicateName</c> names the copy.</summary>
            public static AuditEventType<KafkaConsumerGroup> Duplicate { get; } = ExportableEvent<KafkaConsumerGroup>("Kafka.ConsumerGroup.Duplicate", "Kafka consumer group is duplicated; metadata duplicateName names the copy.", "duplicateName");

            /// <summary>Creates a <c>Kafka.ConsumerGroup.Duplicate</c> event: <paramref name="group"/> was copied, with its offsets, as <paramref name="duplicateName"/>.</summary>
            /// <exception cref="AuditValidationException">An address part breaks its rule.</exception>
            public static AuditEvent Duplicated(KafkaConsumerGroup group, string duplicateName, AuditActor actor) =>
                Duplicate.For(group, actor).WithMetadata("duplicateName", duplicateName);

            /// <summary><c>Kafka.ConsumerGroup.Update</c>: a Kafka consumer group's offsets are reset; metadata <c>offsets</c> lists where they were moved to.</summary>
            public static AuditEventType<KafkaConsumerGroup> Update { get; } = ExportableEvent<KafkaConsumerGroup>("Kafka.ConsumerGroup.Update", "Kafka consumer group is updated (when the offset is reset); metadata offsets lists the topic, partition and offset each was moved to.", "offsets");

            /// <summary>
            /// Creates a <c>Kafka.ConsumerGroup.Update</c> event for a reset of the group's offsets, with the
            /// offset each partition was moved to, recorded as <c>offsets: [{topic, partition, offset}…]</c>.
            /// </summary>
            /// <exception cref="AuditValidationException">An address part breaks its rule.</exception>
            /// <exception cref="ArgumentException">No offset is given, or one lacks its topic.</exception>
            public static AuditEvent OffsetsReset(KafkaConsumerGroup group, IEnumerable<ConsumerGroupOffset> offsets, AuditActor actor) =>
                Update.For(group, actor).WithMetadata("offsets", ConsumerGroupOffset.ToJson(offsets));

            /// <summary><c>Kafka.ConsumerGroup.Delete</c>: a Kafka consumer group is deleted.</summary>
            public static AuditEventType<KafkaConsumerGroup> Delete { get; } = ExportableEvent<KafkaConsumerGroup>("Kafka.ConsumerGroup.Delete", "Kafka consumer group is deleted.");
        }

        /// <summary>Alerts.</summary>
        public static class Alert
        {
            /// <summary><c>Kafka.Alert.Create</c>: an alert is created.</summary>
            public static AuditEventType<KafkaAlert> Create { get; } = ExportableEvent<KafkaAlert>("Kafka.Alert.Create", "Alert is created.");

            /// <summary><c>Kafka.Alert.Update</c>: an alert is updated.</summary>
            public static AuditEventType<KafkaAlert> Update { get; } = ExportableEvent<KafkaAlert>("Kafka.Alert.Update", "Alert is updated.");

            /// <summary><c>Kafka.Alert.Delete</c>: an alert is deleted.</summary>
            public static AuditEventType<KafkaAlert> Delete { get; } = ExportableEvent<KafkaAlert>("Kafka.Alert.Delete", "Alert is deleted.");

            /// <summary><c>Kafka.Alert.Trigger</c>: an alert is triggered.</summary>
            public static AuditEventType<KafkaAlert> Trigger { get; } = ExportableEvent<KafkaAlert>("Kafka.Alert.Trigger", "Alert is triggered.");
        }
    }
}
