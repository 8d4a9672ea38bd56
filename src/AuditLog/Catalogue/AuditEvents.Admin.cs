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

        /// <summary>Schema registries.</summary>
        public static class SchemaRegistry
        {
            /// <summary><c>Admin.SchemaRegistry.ChangeCompatibility</c>: an admin changes the global compatibility of a schema registry; metadata <c>compatibility</c> is the new level.</summary>
            public static AuditEventType<AdminSchemaRegistry> ChangeCompatibility { get; } = ExportableEvent<AdminSchemaRegistry>("Admin.SchemaRegistry.ChangeCompatibility", "Admin changes the global compatibility of the schema registry; metadata compatibility is the new level.", "compatibility");

            /// <summary>Creates an <c>Admin.SchemaRegistry.ChangeCompatibility</c> event with the registry's new global <paramref name="compatibility"/> level.</summary>
            /// <exception cref="AuditValidationException">An address part breaks its rule.</exception>
            public static AuditEvent CompatibilityChanged(AdminSchemaRegistry registry, string compatibility, AuditActor actor) =>
                ChangeCompatibility.For(registry, actor).WithMetadata("compatibility", compatibility);
        }

        /// <summary>Alert integrations.</summary>
        public static class Integration
        {
            /// <summary><c>Admin.Integration.Update</c>: an admin updates an alert integration (Slack, MS Teams, webhook).</summary>
            public static AuditEventType<AdminAlertIntegration> Update { get; } = ExportableEvent<AdminAlertIntegration>("Admin.Integration.Update", "Admin updates an alert integration (Slack, MS Teams, webhook).");
        }

        /// <summary>Admin API keys; the key's secret is never recorded.</summary>
        public static class AdminApiKey
        {
            /// <summary><c>Admin.AdminApiKey.Create</c>: an admin creates an admin API key.</summary>
            public static AuditEventType<Resources.AdminApiKey> Create { get; } = ExportableEvent<Resources.AdminApiKey>("Admin.AdminApiKey.Create", "Admin creates an admin API key.");

            /// <summary><c>Admin.AdminApiKey.Delete</c>: an admin deletes an admin API key.</summary>
            public static AuditEventType<Resources.AdminApiKey> Delete { get; } = ExportableEvent<Resources.AdminApiKey>("Admin.AdminApiKey.Delete", "Admin deletes an admin API key.");
        }

        /// <summary>Data masking policies.</summary>
        public static class DataMaskingPolicy
        {
            /// <summary><c>Admin.DataMaskingPolicy.Create</c>: an admin creates a data masking policy.</summary>
            public static AuditEventType<AdminDataMaskingPolicy> Create { get; } = ExportableEvent<AdminDataMaskingPolicy>("Admin.DataMaskingPolicy.Create", "Admin creates a data masking policy.");

            /// <summary><c>Admin.DataMaskingPolicy.Update</c>: an admin updates a data masking policy.</summary>
            public static AuditEventType<AdminDataMaskingPolicy> Update { get; } = ExportableEvent<AdminDataMaskingPolicy>("Admin.DataMaskingPolicy.Update", "Admin updates a data masking policy.");

            /// <summary><c>Admin.DataMaskingPolicy.Delete</c>: an admin deletes a data masking policy.</summary>
            public static AuditEventType<AdminDataMaskingPolicy> Delete { get; } = ExportableEvent<AdminDataMaskingPolicy>("Admin.DataMaskingPolicy.Delete", "Admin deletes a data masking policy.");
        }

        /// <summary>Certificates.</summary>
        public static class Certificate
        {
            /// <summary><c>Admin.Certificate.Create</c>: an admin adds a certificate.</summary>
            public static AuditEventType<AdminCertificate> Create { get; } = ExportableEvent<AdminCertificate>("Admin.Certificate.Create", "Admin creates a certificate.");

            /// <summary><c>Admin.Certificate.Delete</c>: an admin deletes a certificate.</summary>
            public static AuditEventType<AdminCertificate> Delete { get; } = ExportableEvent<AdminCertificate>("Admin.Certificate.Delete", "Admin deletes a certificate.");
        }

        /// <summary>Partner zones.</summary>
        public static class PartnerZone
        {
            /// <summary><c>Admin.PartnerZone.Create</c>: an admin creates a partner zone.</summary>
            public static AuditEventType<AdminPartnerZone> Create { get; } = ExportableEvent<AdminPartnerZone>("Admin.PartnerZone.Create", "Admin creates a partner zone.");

            /// <summary><c>Admin.PartnerZone.Update</c>: an admin updates a partner zone.</summary>
            public static AuditEventType<AdminPartnerZone> Update { get; } = ExportableEvent<AdminPartnerZone>("Admin.PartnerZone.Update", "Admin updates a partner zone.");

            /// <summary><c>Admin.PartnerZone.Delete</c>: an admin deletes a partner zone.</summary>
            public static AuditEventType<AdminPartnerZone> Delete { get; } = ExportableEvent<AdminPartnerZone>("Admin.PartnerZone.Delete", "Admin deletes a partner zone.");

            /// <summary><c>Admin.PartnerZone.TokenCreate</c>: an admin creates a partner zone's access token; the token itself is never recorded.</summary>
            public static AuditEventType<AdminPartnerZone> TokenCreate { get; } = ExportableEvent<AdminPartnerZone>("Admin.PartnerZone.TokenCreate", "Admin creates a partner zone token.");
        }
    }
}
