using AuditLog.Resources;

namespace AuditLog;

public static partial class AuditEvents
{
    /// <summary>Exportable events about the console's own configuration.</summary>
    public static class Admin
    {
        /// <summary>Kafka Connect clusters.</summary>
        public static class KafkaConnect
        {
            /// <summary><c>Admin.KafkaConnect.Create</c>: an admin creates a Kafka Connect instance.</summary>
            public static AuditEventType<AdminKafkaConnect> Create { get; } = ExportableEvent<AdminKafkaConnect>("Admin.KafkaConnect.Create", "Admin creates a Kafka Connect instance.");

            /// <summary><c>Admin.KafkaConnect.Update</c>: an admin updates a Kafka Connect instance.</summary>
            public static AuditEventType<AdminKafkaConnect> Update { get; } = ExportableEvent<AdminKafkaConnect>("Admin.KafkaConnect.Update", "Admin updates a Kafka Connect instance.");

            /// <summary><c>Admin.KafkaConnect.Delete</c>: an admin deletes a Kafka Connect instance.</summary>
            public static AuditEventType<AdminKafkaConnect> Delete { get; } = ExportableEvent<AdminKafkaConnect>("Admin.KafkaConnect.Delete", "Admin deletes a Kafka Connect instance.");
        }

        /// <summary>ksqlDB clusters.</summary>
        public static class KsqlDB
        {
            /// <summary><c>Admin.KsqlDB.Create</c>: an admin creates a ksqlDB instance.</summary>
            public static AuditEventType<AdminKsqlDB> Create { get; } = ExportableEvent<AdminKsqlDB>("Admin.KsqlDB.Create", "Admin creates a KsqlDB instance.");

            /// <summary><c>Admin.KsqlDB.Update</c>: an admin updates a ksqlDB instance.</summary>
            public static AuditEventType<AdminKsqlDB> Update { get; } = ExportableEvent<AdminKsqlDB>("Admin.KsqlDB.Update", "Admin updates a KsqlDB instance.");

            /// <summary><c>Admin.KsqlDB.Delete</c>: an admin deletes a ksqlDB instance.</summary>
            public static AuditEventType<AdminKsqlDB> Delete { get; } = ExportableEvent<AdminKsqlDB>("Admin.KsqlDB.Delete", "Admin deletes a KsqlDB instance.");
        }

        /// <summary>Kafka clusters.</summary>
        public static class KafkaCluster
        {
            /// <summary><c>Admin.KafkaCluster.Create</c>: an admin creates a Kafka cluster.</summary>
            public static AuditEventType<AdminKafkaCluster> Create { get; } = ExportableEvent<AdminKafkaCluster>("Admin.KafkaCluster.Create", "Admin creates a Kafka cluster.");

            /// <summary><c>Admin.KafkaCluster.Update</c>: an admin updates a Kafka cluster.</summary>
            public static AuditEventType<AdminKafkaCluster> Update { get; } = ExportableEvent<AdminKafkaCluster>("Admin.KafkaCluster.Update", "Admin updates a Kafka cluster.");

            /// <summary><c>Admin.KafkaCluster.Delete</c>: an admin deletes a Kafka cluster.</summary>
            public static AuditEventType<AdminKafkaCluster> Delete { get; } = ExportableEvent<AdminKafkaCluster>("Admin.KafkaCluster.Delete", "Admin deletes a Kafka cluster.");
        }
    }
}
