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
        }
    }
}
