using AuditLog.Resources;

namespace AuditLog;

public static partial class AuditEvents
{
    /// <summary>Exportable events about self-service resources.</summary>
    public static class SelfService
    {
        /// <summary>Applications.</summary>
        public static class Application
        {
            /// <summary><c>SelfService.Application.Create</c>: a self-service application is created.</summary>
            public static AuditEventType<SelfServiceApplication> Create { get; } = ExportableEvent<SelfServiceApplication>("SelfService.Application.Create", "Self-service application is created.");

            /// <summary><c>SelfService.Application.Update</c>: a self-service application is updated.</summary>
            public static AuditEventType<SelfServiceApplication> Update { get; } = ExportableEvent<SelfServiceApplication>("SelfService.Application.Update", "Self-service application is updated.");

            /// <summary><c>SelfService.Application.Upsert</c>: a self-service application is created or updated.</summary>
            public static AuditEventType<SelfServiceApplication> Upsert { get; } = ExportableEvent<SelfServiceApplication>("SelfService.Application.Upsert", "Self-service application is created or updated.");

            /// <summary><c>SelfService.Application.Delete</c>: a self-service application is deleted.</summary>
            public static AuditEventType<SelfServiceApplication> Delete { get; } = ExportableEvent<SelfServiceApplication>("SelfService.Application.Delete", "Self-service application is deleted.");
        }

        /// <summary>Application instances.</summary>
        public static class ApplicationInstance
        {
            /// <summary><c>SelfService.ApplicationInstance.Create</c>: a self-service application instance is created.</summary>
            public static AuditEventType<SelfServiceApplicationInstance> Create { get; } = ExportableEvent<SelfServiceApplicationInstance>("SelfService.ApplicationInstance.Create", "Self-service application instance is created.");

            /// <summary><c>SelfService.ApplicationInstance.Update</c>: a self-service application instance is updated.</summary>
            public static AuditEventType<SelfServiceApplicationInstance> Update { get; } = ExportableEvent<SelfServiceApplicationInstance>("SelfService.ApplicationInstance.Update", "Self-service application instance is updated.");

            /// <summary><c>SelfService.ApplicationInstance.Delete</c>: a self-service application instance is deleted.</summary>
            public static AuditEventType<SelfServiceApplicationInstance> Delete { get; } = ExportableEvent<SelfServiceApplicationInstance>("SelfService.ApplicationInstance.Delete", "Self-service application instance is deleted.");
        }

        /// <summary>Application groups.</summary>
        public static class ApplicationGroup
        {
            /// <summary><c>SelfService.ApplicationGroup.Create</c>: a self-service application group is created.</summary>
            public static AuditEventType<SelfServiceApplicationGroup> Create { get; } = ExportableEvent<SelfServiceApplicationGroup>("SelfService.ApplicationGroup.Create", "Self-service application group is created.");

            /// <summary><c>SelfService.ApplicationGroup.Update</c>: a self-service application group is updated.</summary>
            public static AuditEventType<SelfServiceApplicationGroup> Update { get; } = ExportableEvent<SelfServiceApplicationGroup>("SelfService.ApplicationGroup.Update", "Self-service application group is updated.");

            /// <summary><c>SelfService.ApplicationGroup.Delete</c>: a self-service application group is deleted.</summary>
            public static AuditEventType<SelfServiceApplicationGroup> Delete { get; } = ExportableEvent<SelfServiceApplicationGroup>("SelfService.ApplicationGroup.Delete", "Self-service application group is deleted.");
        }

        /// <summary>Application policies.</summary>
        public static class ApplicationPolicy
        {
            /// <summary><c>SelfService.ApplicationPolicy.Create</c>: a self-service application policy is created.</summary>
            public static AuditEventType<SelfServiceApplicationPolicy> Create { get; } = ExportableEvent<SelfServiceApplicationPolicy>("SelfService.ApplicationPolicy.Create", "Self-service application policy is created.");

            /// <summary><c>SelfService.ApplicationPolicy.Update</c>: a self-service application policy is updated.</summary>
            public static AuditEventType<SelfServiceApplicationPolicy> Update { get; } = ExportableEvent<SelfServiceApplicationPolicy>("SelfService.ApplicationPolicy.Update", "Self-service application policy is updated.");

            /// <summary><c>SelfService.ApplicationPolicy.Delete</c>: a self-service application policy is deleted.</summary>
            public static AuditEventType<SelfServiceApplicationPolicy> Delete { get; } = ExportableEvent<SelfServiceApplicationPolicy>("SelfService.ApplicationPolicy.Delete", "Self-service application policy is deleted.");
        }

        /// <summary>Permissions of application instances.</summary>
        public static class ApplicationInstancePermission
        {
            /// <summary><c>SelfService.ApplicationInstancePermission.Create</c>: permissions are created for an application instance.</summary>
            public static AuditEventType<SelfServiceApplicationInstancePermission> Create { get; } = ExportableEvent<SelfServiceApplicationInstancePermission>("SelfService.ApplicationInstancePermission.Create", "Permissions are created for an app instance.");

            /// <summary><c>SelfService.ApplicationInstancePermission.Delete</c>: permissions are deleted for an application instance.</summary>
            public static AuditEventType<SelfServiceApplicationInstancePermission> Delete { get; } = ExportableEvent<SelfServiceApplicationInstancePermission>("SelfService.ApplicationInstancePermission.Delete", "Permissions are deleted for an app instance.");
        }

        /// <summary>API keys of application instances; the key's secret is never recorded.</summary>
        public static class ApplicationInstanceApiKey
        {
            /// <summary><c>SelfService.ApplicationInstanceApiKey.Create</c>: an API key is created for an application instance.</summary>
            public static AuditEventType<SelfServiceApplicationInstanceApiKey> Create { get; } = ExportableEvent<SelfServiceApplicationInstanceApiKey>("SelfService.ApplicationInstanceApiKey.Create", "Application instance API key is created.");

            /// <summary><c>SelfService.ApplicationInstanceApiKey.Delete</c>: an API key of an application instance is deleted.</summary>
            public static AuditEventType<SelfServiceApplicationInstanceApiKey> Delete { get; } = ExportableEvent<SelfServiceApplicationInstanceApiKey>("SelfService.ApplicationInstanceApiKey.Delete", "Application instance API key is deleted.");
        }

        /// <summary>Service accounts.</summary>
        public static class ServiceAccount
        {
            /// <summary><c>SelfService.ServiceAccount.Create</c>: a service account is created.</summary>
            public static AuditEventType<SelfServiceServiceAccount> Create { get; } = ExportableEvent<SelfServiceServiceAccount>("SelfService.ServiceAccount.Create", "Service account is created.");

            /// <summary><c>SelfService.ServiceAccount.Update</c>: a service account is updated.</summary>
            public static AuditEventType<SelfServiceServiceAccount> Update { get; } = ExportableEvent<SelfServiceServiceAccount>("SelfService.ServiceAccount.Update", "Service account is updated.");

            /// <summary><c>SelfService.ServiceAccount.Delete</c>: a service account is deleted.</summary>
            public static AuditEventType<SelfServiceServiceAccount> Delete { get; } = ExportableEvent<SelfServiceServiceAccount>("SelfService.ServiceAccount.Delete", "Service account is deleted.");
        }
    }
}
