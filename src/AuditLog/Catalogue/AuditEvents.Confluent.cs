namespace AuditLog;

public static partial class AuditEvents
{
    /// <summary>
    /// Confluent Cloud's audit log event types, by service, with the categories, resource types and methods of Confluent's
    /// "Audit Log Event Categories" page. Create events with <c>Record(new ConfluentRecord(...))</c>: they are written in
    /// Confluent's record schema, <c>subject</c> the resource CRN.
    /// </summary>
    public static class Confluent
    {
        private static readonly string[] KafkaMethods =
        [
            "kafka.AlterConfigs", "kafka.AlterMirrors", "kafka.CreateAcls", "kafka.CreateClusterLinks", "kafka.CreatePartitions",
            "kafka.CreateTopics", "kafka.DeleteAcls", "kafka.DeleteClusterLinks", "kafka.DeleteGroups", "kafka.DeleteTopics",
            "kafka.Fetch", "kafka.IncrementalAlterConfigs", "kafka.Produce",
        ];

        /// <summary>Kafka clusters (<c>io.confluent.kafka.server</c>).</summary>
        public static class Kafka
        {
            /// <summary><c>io.confluent.kafka.server/authentication</c>: a principal tried to authenticate to a Kafka cluster.</summary>
            public static ConfluentEventType Authentication { get; } = new(
                "io.confluent.kafka.server/authentication", "Kafka", "A user or service account tried to authenticate to a Kafka cluster; result.status says whether it succeeded.",
                ["Authentication"], [], ["kafka.Authentication"]);

            /// <summary><c>io.confluent.kafka.server/authorization</c>: a permission check for a Kafka operation, by ACL or RBAC.</summary>
            public static ConfluentEventType Authorization { get; } = new(
                "io.confluent.kafka.server/authorization", "Kafka", "A permission check for a Kafka operation (produce, consume, administration) or an RBAC check; authorizationInfo.granted is the decision.",
                ["Authorization", "RBAC"], ["Topic", "Cluster", "Group", "Environment", "CloudApiKey", "SecurityMetadata", "Billing"], [.. KafkaMethods, "mds.Authorize"]);

            /// <summary><c>io.confluent.kafka.server/request</c>: an administrative operation on a Kafka cluster.</summary>
            public static ConfluentEventType Request { get; } = new(
                "io.confluent.kafka.server/request", "Kafka", "An administrative operation on a Kafka cluster: topics, ACLs, consumer groups, cluster links.",
                ["Management and operations"], ["Topic", "Cluster", "Group", "ClusterLink"], KafkaMethods);
        }

        /// <summary>Schema Registry clusters (<c>io.confluent.sg.server</c>).</summary>
        public static class SchemaRegistry
        {
            /// <summary><c>io.confluent.sg.server/authentication</c>.</summary>
            public static ConfluentEventType Authentication { get; } = new(
                "io.confluent.sg.server/authentication", "Schema Registry", "A user or service account tried to authenticate to a Schema Registry cluster.",
                ["Authentication"], ["SCHEMA_REGISTRY"], []);

            /// <summary><c>io.confluent.sg.server/authorization</c>.</summary>
            public static ConfluentEventType Authorization { get; } = new(
                "io.confluent.sg.server/authorization", "Schema Registry", "A permission check for a Schema Registry operation.",
                ["Authorization"], ["SCHEMA_REGISTRY"], []);

            /// <summary><c>io.confluent.sg.server/request</c>.</summary>
            public static ConfluentEventType Request { get; } = new(
                "io.confluent.sg.server/request", "Schema Registry", "A schema management operation (create, update, delete schemas).",
                ["Management and operations"], ["SCHEMA_REGISTRY"], []);
        }

        /// <summary>ksqlDB clusters (<c>io.confluent.ksql.server</c>).</summary>
        public static class Ksql
        {
            /// <summary><c>io.confluent.ksql.server/authentication</c>.</summary>
            public static ConfluentEventType Authentication { get; } = new(
                "io.confluent.ksql.server/authentication", "ksqlDB", "A user or service account tried to authenticate to a ksqlDB cluster.",
                ["Authentication"], ["KSQL"], []);

            /// <summary><c>io.confluent.ksql.server/authorization</c>.</summary>
            public static ConfluentEventType Authorization { get; } = new(
                "io.confluent.ksql.server/authorization", "ksqlDB", "A permission check for a ksqlDB stream processing operation.",
                ["Authorization"], ["KSQL"], []);
        }

        /// <summary>Flink (<c>io.confluent.flink.server</c>).</summary>
        public static class Flink
        {
            /// <summary><c>io.confluent.flink.server/authentication</c>.</summary>
            public static ConfluentEventType Authentication { get; } = new(
                "io.confluent.flink.server/authentication", "Flink", "A user or service account tried to authenticate to a Flink region.",
                ["Authentication"], ["FLINK_REGION"], []);

            /// <summary><c>io.confluent.flink.server/authorization</c>.</summary>
            public static ConfluentEventType Authorization { get; } = new(
                "io.confluent.flink.server/authorization", "Flink", "A permission check for a Flink SQL statement or workspace.",
                ["Authorization"], ["STATEMENT", "WORKSPACE"], []);
        }

        /// <summary>The Confluent Cloud organisation (<c>io.confluent.cloud</c>).</summary>
        public static class Cloud
        {
            /// <summary><c>io.confluent.cloud/request</c>: organisation and resource management.</summary>
            public static ConfluentEventType Request { get; } = new(
                "io.confluent.cloud/request", "Organization", "An organisation or resource management operation: API keys, identity pools and providers, clusters, users, connectors, environments, networking, billing, notifications, Flink and Tableflow.",
                ["Organization", "Flink", "Tableflow"],
                [
                    "API_KEY", "IDENTITY_POOL", "IDENTITY_PROVIDER", "CLOUD_CLUSTER", "ORGANIZATION", "SSO_CONNECTION", "USER", "USER_INVITATION",
                    "CONNECTOR", "CUSTOM_CONNECTOR_PLUGIN", "ENVIRONMENT", "KAFKA_CLUSTER", "KSQL_CLUSTER", "SCHEMA_REGISTRY", "NETWORK", "FLINK_REGION",
                ],
                ["CreateNetwork", "DeleteNetwork", "GetNetwork", "GetNetworks", "UpdateNetwork", "ListFlinkRegions"]);

            /// <summary><c>io.confluent.cloud/authorization</c>: organisation-level checks such as IP filters.</summary>
            public static ConfluentEventType Authorization { get; } = new(
                "io.confluent.cloud/authorization", "Organization", "An organisation-level authorization check, such as an IP filter.",
                ["IP filter authorization"], ["ORGANIZATION"], []);

            /// <summary><c>io.confluent.cloud/access-transparency</c>: Confluent personnel accessed customer resources.</summary>
            public static ConfluentEventType AccessTransparency { get; } = new(
                "io.confluent.cloud/access-transparency", "Access Transparency", "Confluent's personnel accessed a customer resource.",
                ["Access transparency"], ["KAFKA_CLUSTER", "ENVIRONMENT", "ORGANIZATION"], []);
        }
    }
}
