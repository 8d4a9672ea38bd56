using AuditLog.Resources;

namespace AuditLog;

public static partial class AuditEvents
{
    /// <summary>
    /// Security decisions after Confluent's audit log model: who tried to do what, when, and whether
    /// it was allowed, including denied attempts and checks made only to find out.
    /// </summary>
    public static class Security
    {
        /// <summary>Authentication attempts.</summary>
        public static class Authentication
        {
            /// <summary><c>Security.Authentication.Attempt</c>: a principal tried to authenticate.</summary>
            public static AuditEventType<SecuredCluster> Attempt { get; } = new(
                "Security.Authentication.Attempt",
                AuditEventFamily.Security,
                "A principal tried to authenticate; the outcome says whether it succeeded.",
                detail: null,
                "principal",
                "mechanism");

            /// <summary>Creates the event of one authentication attempt.</summary>
            /// <exception cref="AuditValidationException">An address part breaks its rule.</exception>
            public static AuditEvent Record(AuthenticationAttempt attempt)
            {
                ArgumentNullException.ThrowIfNull(attempt);
                var audit = Attempt.For(new SecuredCluster(attempt.Cluster), attempt.Principal)
                    .WithMetadata("principal", attempt.Principal.Id)
                    .WithMetadata("mechanism", attempt.Mechanism);
                if (attempt.Identifier is not null)
                {
                    audit = audit.WithMetadata("identifier", attempt.Identifier);
                }

                return audit with
                {
                    Outcome = attempt.Succeeded ? AuditOutcome.Success : AuditOutcome.Failure(attempt.Message),
                    Client = attempt.Client,
                };
            }
        }

        /// <summary>Authorization checks.</summary>
        public static class Authorization
        {
            /// <summary><c>Security.Authorization.Check</c>: a principal's permission to act on a resource was checked.</summary>
            public static AuditEventType<SecuredResource> Check { get; } = new(
                "Security.Authorization.Check",
                AuditEventFamily.Security,
                "A principal's permission for an operation on a resource was checked, granted or denied, possibly only to find out (dry run).",
                detail: null,
                "principal",
                "operation",
                "granted",
                "dryRun");

            /// <summary>Creates the event of one authorization check.</summary>
            /// <exception cref="AuditValidationException">An address part breaks its rule.</exception>
            public static AuditEvent Record(AuthorizationCheck check)
            {
                ArgumentNullException.ThrowIfNull(check);
                return Check.For(new SecuredResource(check.Cluster, check.ResourceType, check.ResourceName), check.Principal)
                    .WithMetadata("principal", check.Principal.Id)
                    .WithMetadata("operation", check.Operation)
                    .WithMetadata("patternType", check.PatternType)
                    .WithMetadata("granted", check.Granted)
                    .WithMetadata("dryRun", check.DryRun)
                    .WithMetadata("superUserAuthorization", check.SuperUserAuthorization)
                    with
                    {
                        Outcome = check.Granted ? AuditOutcome.Success : AuditOutcome.Denied(check.Message),
                        Client = check.Client,
                    };
            }
        }

        /// <summary>
        /// Reads of the audit log itself: who searched or exported it, with which filters, and how many events
        /// they saw. An audit log that people can read unobserved is not trustworthy.
        /// </summary>
        public static class AuditTrail
        {
            /// <summary><c>Security.AuditTrail.Search</c>: a principal searched the audit log or opened one of its events.</summary>
            public static AuditEventType<AuditTrailStore> Search { get; } = new(
                "Security.AuditTrail.Search",
                AuditEventFamily.Security,
                "A principal searched the audit log or opened one of its events; metadata filters holds the filters, events how many events were returned.",
                detail: null,
                "filters",
                "events");

            /// <summary><c>Security.AuditTrail.Export</c>: a principal exported the audit log.</summary>
            public static AuditEventType<AuditTrailStore> Export { get; } = new(
                "Security.AuditTrail.Export",
                AuditEventFamily.Security,
                "A principal exported the audit log; metadata format is csv or json, filters holds the filters, events how many events were written.",
                detail: null,
                "format",
                "filters",
                "events");
        }
    }
}
