using AuditLog.Resources;

namespace AuditLog;

public static partial class AuditEvents
{
    /// <summary>Conduktor Console's legacy CRN events, each with its documented CRN template.</summary>
    public static class Legacy
    {
        /// <summary>Topics: <c>kafka:/cluster/&lt;uuid&gt;/topic/&lt;topic-name&gt;</c>.</summary>
        public static class Topic
        {
            /// <summary><c>topic.ProducedRecord</c>: a record was produced to the topic.</summary>
            public static AuditEventType<CrnTopic> ProducedRecord { get; } = LegacyEvent<CrnTopic>("topic.ProducedRecord", "A record was produced to the topic.");

            /// <summary><c>topic.Browsed</c>: the topic's records were browsed.</summary>
            public static AuditEventType<CrnTopic> Browsed { get; } = LegacyEvent<CrnTopic>("topic.Browsed", "The topic's records were browsed.");

            /// <summary><c>topic.Deleted</c>: the topic was deleted.</summary>
            public static AuditEventType<CrnTopic> Deleted { get; } = LegacyEvent<CrnTopic>("topic.Deleted", "The topic was deleted.");

            /// <summary><c>topic.Created</c>: the topic was created.</summary>
            public static AuditEventType<CrnTopic> Created { get; } = LegacyEvent<CrnTopic>("topic.Created", "The topic was created.");

            /// <summary><c>topic.Updated</c>: the topic's configuration was updated.</summary>
            public static AuditEventType<CrnTopic> Updated { get; } = LegacyEvent<CrnTopic>("topic.Updated", "The topic's configuration was updated.");

            /// <summary><c>topic.Emptied</c>: the topic was emptied.</summary>
            public static AuditEventType<CrnTopic> Emptied { get; } = LegacyEvent<CrnTopic>("topic.Emptied", "The topic was emptied.");

            /// <summary><c>topic.Tagged</c>: a tag was added to the topic.</summary>
            public static AuditEventType<CrnTopic> Tagged { get; } = LegacyEvent<CrnTopic>("topic.Tagged", "A tag was added to the topic.");

            /// <summary><c>topic.Untagged</c>: a tag was removed from the topic.</summary>
            public static AuditEventType<CrnTopic> Untagged { get; } = LegacyEvent<CrnTopic>("topic.Untagged", "A tag was removed from the topic.");
        }

        /// <summary>Schema Registry subjects: <c>kafka:/cluster/&lt;uuid&gt;/subject/&lt;subject-name&gt;</c>.</summary>
        public static class Subject
        {
            /// <summary><c>subject.Created</c>: the subject was created.</summary>
            public static AuditEventType<CrnSubject> Created { get; } = LegacyEvent<CrnSubject>("subject.Created", "The subject was created.");

            /// <summary><c>subject.Updated</c>: the subject was updated.</summary>
            public static AuditEventType<CrnSubject> Updated { get; } = LegacyEvent<CrnSubject>("subject.Updated", "The subject was updated.");

            /// <summary><c>subject.ChangedCompat</c>: the subject's compatibility was changed.</summary>
            public static AuditEventType<CrnSubject> ChangedCompat { get; } = LegacyEvent<CrnSubject>("subject.ChangedCompat", "The subject's compatibility was changed.");

            /// <summary><c>subject.Deleted</c>: the subject was deleted.</summary>
            public static AuditEventType<CrnSubject> Deleted { get; } = LegacyEvent<CrnSubject>("subject.Deleted", "The subject was deleted.");

            /// <summary><c>subject.DeletedVersions</c>: versions of the subject were deleted.</summary>
            public static AuditEventType<CrnSubject> DeletedVersions { get; } = LegacyEvent<CrnSubject>("subject.DeletedVersions", "Versions of the subject were deleted.");

            /// <summary><c>subject.DeletedVersion</c>: a version of the subject was deleted.</summary>
            public static AuditEventType<CrnSubject> DeletedVersion { get; } = LegacyEvent<CrnSubject>("subject.DeletedVersion", "A version of the subject was deleted.");
        }

        /// <summary>The Schema Registry: <c>kafka:/cluster/&lt;uuid&gt;</c>.</summary>
        public static class SchemaRegistry
        {
            /// <summary><c>registry.ChangedGlobalCompat</c>: the registry's global compatibility was changed.</summary>
            public static AuditEventType<CrnSchemaRegistry> ChangedGlobalCompat { get; } = LegacyEvent<CrnSchemaRegistry>("registry.ChangedGlobalCompat", "The registry's global compatibility was changed.");
        }

        /// <summary>Consumer groups: <c>kafka:/cluster/&lt;uuid&gt;/group/&lt;group-name&gt;</c>.</summary>
        public static class ConsumerGroup
        {
            /// <summary><c>consumergroup.Created</c>: the consumer group was created.</summary>
            public static AuditEventType<CrnConsumerGroup> Created { get; } = LegacyEvent<CrnConsumerGroup>("consumergroup.Created", "The consumer group was created.");

            /// <summary><c>consumergroup.Updated</c>: the consumer group's offsets were reset.</summary>
            public static AuditEventType<CrnConsumerGroup> Updated { get; } = LegacyEvent<CrnConsumerGroup>("consumergroup.Updated", "The consumer group's offsets were reset.", "ResetOffsets");

            /// <summary><c>consumergroup.Deleted</c>: the consumer group was deleted.</summary>
            public static AuditEventType<CrnConsumerGroup> Deleted { get; } = LegacyEvent<CrnConsumerGroup>("consumergroup.Deleted", "The consumer group was deleted.");
        }

        /// <summary>Connectors: <c>kafka:/cluster/&lt;uuid&gt;/connect/&lt;connect-cluster-id&gt;/&lt;connector-name&gt;</c>.</summary>
        public static class Connector
        {
            /// <summary><c>connector.Created</c>: the connector was created.</summary>
            public static AuditEventType<CrnConnector> Created { get; } = LegacyEvent<CrnConnector>("connector.Created", "The connector was created.");

            /// <summary><c>connector.Updated</c>: the connector was updated.</summary>
            public static AuditEventType<CrnConnector> Updated { get; } = LegacyEvent<CrnConnector>("connector.Updated", "The connector was updated.");

            /// <summary><c>connector.Deleted</c>: the connector was deleted.</summary>
            public static AuditEventType<CrnConnector> Deleted { get; } = LegacyEvent<CrnConnector>("connector.Deleted", "The connector was deleted.");

            /// <summary><c>connector.Restarted</c>: the connector was restarted.</summary>
            public static AuditEventType<CrnConnector> Restarted { get; } = LegacyEvent<CrnConnector>("connector.Restarted", "The connector was restarted.");

            /// <summary><c>connector.RestartedTask</c>: a task of the connector was restarted.</summary>
            public static AuditEventType<CrnConnector> RestartedTask { get; } = LegacyEvent<CrnConnector>("connector.RestartedTask", "A task of the connector was restarted.");

            /// <summary><c>connector.Paused</c>: the connector was paused.</summary>
            public static AuditEventType<CrnConnector> Paused { get; } = LegacyEvent<CrnConnector>("connector.Paused", "The connector was paused.");

            /// <summary><c>connector.Resumed</c>: the connector was resumed.</summary>
            public static AuditEventType<CrnConnector> Resumed { get; } = LegacyEvent<CrnConnector>("connector.Resumed", "The connector was resumed.");
        }

        /// <summary>Data masking policies: <c>platform:/datamasking/&lt;uuid&gt;</c>.</summary>
        public static class DatamaskingPolicy
        {
            /// <summary><c>policy.Upserted</c>: the data masking policy was created or updated.</summary>
            public static AuditEventType<CrnDatamaskingPolicy> Upserted { get; } = LegacyEvent<CrnDatamaskingPolicy>("policy.Upserted", "The data masking policy was created or updated.");

            /// <summary><c>policy.Deleted</c>: the data masking policy was deleted.</summary>
            public static AuditEventType<CrnDatamaskingPolicy> Deleted { get; } = LegacyEvent<CrnDatamaskingPolicy>("policy.Deleted", "The data masking policy was deleted.");
        }

        /// <summary>Self-service applications: <c>platform:/application/&lt;app-slug&gt;</c>.</summary>
        public static class Application
        {
            /// <summary><c>application.Created</c>: the application was created.</summary>
            public static AuditEventType<CrnApplication> Created { get; } = LegacyEvent<CrnApplication>("application.Created", "The application was created.");

            /// <summary><c>application.Deleted</c>: the application was deleted.</summary>
            public static AuditEventType<CrnApplication> Deleted { get; } = LegacyEvent<CrnApplication>("application.Deleted", "The application was deleted.");

            /// <summary><c>application.Updated</c>: the application was updated.</summary>
            public static AuditEventType<CrnApplication> Updated { get; } = LegacyEvent<CrnApplication>("application.Updated", "The application was updated.");

            /// <summary><c>application.access-request.Approved</c>: an access request was approved; metadata from and to name the requester and the resource.</summary>
            public static AuditEventType<CrnApplication> AccessRequestApproved { get; } = LegacyEvent<CrnApplication>("application.access-request.Approved", "An access request was approved; metadata from and to name the requester and the resource.", "from / to", "from", "to");

            /// <summary>Creates an <c>application.access-request.Approved</c> event with what was requested (<paramref name="from"/>) and what was granted (<paramref name="to"/>).</summary>
            /// <exception cref="AuditValidationException">An address part breaks its rule.</exception>
            public static AuditEvent ApproveAccessRequest(CrnApplication application, string from, string to, AuditActor actor) =>
                AccessRequestApproved.For(application, actor).WithMetadata("from", from).WithMetadata("to", to);

            /// <summary><c>application.access-request.Rejected</c>: an access request was rejected.</summary>
            public static AuditEventType<CrnApplication> AccessRequestRejected { get; } = LegacyEvent<CrnApplication>("application.access-request.Rejected", "An access request was rejected.");
        }

        /// <summary>Kafka clusters: <c>kafka:/cluster/&lt;uuid&gt;</c>.</summary>
        public static class Cluster
        {
            /// <summary><c>cluster.Created</c>: the cluster was created.</summary>
            public static AuditEventType<CrnCluster> Created { get; } = LegacyEvent<CrnCluster>("cluster.Created", "The cluster was created.");

            /// <summary><c>cluster.Updated</c>: the cluster was updated.</summary>
            public static AuditEventType<CrnCluster> Updated { get; } = LegacyEvent<CrnCluster>("cluster.Updated", "The cluster was updated.");

            /// <summary><c>cluster.Deleted</c>: the cluster was deleted.</summary>
            public static AuditEventType<CrnCluster> Deleted { get; } = LegacyEvent<CrnCluster>("cluster.Deleted", "The cluster was deleted.");
        }

        /// <summary>Console groups: <c>platform:/group/&lt;uuid&gt;</c>.</summary>
        public static class Group
        {
            /// <summary><c>group.Created</c>: the group was created.</summary>
            public static AuditEventType<CrnGroup> Created { get; } = LegacyEvent<CrnGroup>("group.Created", "The group was created.");

            /// <summary><c>group.member.Added</c>: a member was added to the group.</summary>
            public static AuditEventType<CrnGroup> MemberAdded { get; } = LegacyEvent<CrnGroup>("group.member.Added", "A member was added to the group.");

            /// <summary><c>group.member.Deleted</c>: a member was removed from the group.</summary>
            public static AuditEventType<CrnGroup> MemberDeleted { get; } = LegacyEvent<CrnGroup>("group.member.Deleted", "A member was removed from the group.");

            /// <summary><c>group.permission.Added</c>: a permission was added to the group.</summary>
            public static AuditEventType<CrnGroup> PermissionAdded { get; } = LegacyEvent<CrnGroup>("group.permission.Added", "A permission was added to the group.");

            /// <summary><c>group.permission.Deleted</c>: a permission was removed from the group.</summary>
            public static AuditEventType<CrnGroup> PermissionDeleted { get; } = LegacyEvent<CrnGroup>("group.permission.Deleted", "A permission was removed from the group.");
        }

        /// <summary>Console users: <c>platform:/user/&lt;email&gt;</c>.</summary>
        public static class User
        {
            /// <summary><c>user.Login</c>: the user logged in.</summary>
            public static AuditEventType<CrnUser> Login { get; } = LegacyEvent<CrnUser>("user.Login", "The user logged in.");

            /// <summary><c>user.permission.Added</c>: a permission was added to the user.</summary>
            public static AuditEventType<CrnUser> PermissionAdded { get; } = LegacyEvent<CrnUser>("user.permission.Added", "A permission was added to the user.");

            /// <summary><c>user.permission.Deleted</c>: a permission was removed from the user.</summary>
            public static AuditEventType<CrnUser> PermissionDeleted { get; } = LegacyEvent<CrnUser>("user.permission.Deleted", "A permission was removed from the user.");

            /// <summary><c>user.platform_role.Updated</c>: the user's platform role was updated.</summary>
            public static AuditEventType<CrnUser> PlatformRoleUpdated { get; } = LegacyEvent<CrnUser>("user.platform_role.Updated", "The user's platform role was updated.");
        }
    }
}
