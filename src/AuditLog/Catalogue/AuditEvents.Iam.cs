using AuditLog.Resources;

namespace AuditLog;

public static partial class AuditEvents
{
    /// <summary>Exportable events about users and groups.</summary>
    public static class Iam
    {
        /// <summary>Users.</summary>
        public static class User
        {
            /// <summary><c>Iam.User.Create</c>: an IAM user is created.</summary>
            public static AuditEventType<IamUser> Create { get; } = ExportableEvent<IamUser>("Iam.User.Create", "IAM user is created.");

            /// <summary><c>Iam.User.Update</c>: an IAM user is updated.</summary>
            public static AuditEventType<IamUser> Update { get; } = ExportableEvent<IamUser>("Iam.User.Update", "IAM user is updated.");

            /// <summary><c>Iam.User.Delete</c>: an IAM user is deleted.</summary>
            public static AuditEventType<IamUser> Delete { get; } = ExportableEvent<IamUser>("Iam.User.Delete", "IAM user is deleted.");

            /// <summary><c>Iam.User.Login</c>: an IAM user logs in.</summary>
            public static AuditEventType<IamUser> Login { get; } = ExportableEvent<IamUser>("Iam.User.Login", "IAM user logs in.");

            /// <summary><c>Iam.User.Logout</c>: an IAM user logs out.</summary>
            public static AuditEventType<IamUser> Logout { get; } = ExportableEvent<IamUser>("Iam.User.Logout", "IAM user logs out.");
        }

        /// <summary>Groups.</summary>
        public static class Group
        {
            /// <summary><c>Iam.Group.Create</c>: an IAM group is created.</summary>
            public static AuditEventType<IamGroup> Create { get; } = ExportableEvent<IamGroup>("Iam.Group.Create", "IAM group is created.");

            /// <summary><c>Iam.Group.Update</c>: an IAM group is updated.</summary>
            public static AuditEventType<IamGroup> Update { get; } = ExportableEvent<IamGroup>("Iam.Group.Update", "IAM group is updated.");

            /// <summary><c>Iam.Group.Delete</c>: an IAM group is deleted.</summary>
            public static AuditEventType<IamGroup> Delete { get; } = ExportableEvent<IamGroup>("Iam.Group.Delete", "IAM group is deleted.");
        }
    }
}
