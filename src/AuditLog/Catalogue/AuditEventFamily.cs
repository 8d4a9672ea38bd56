namespace AuditLog;

/// <summary>The three families of the catalogue.</summary>
public enum AuditEventFamily
{
    /// <summary>Conduktor Console's exportable events (<c>Kafka.*</c>, <c>Iam.*</c>, <c>SelfService.*</c>, <c>Admin.*</c>).</summary>
    Exportable,

    /// <summary>Conduktor Console's legacy CRN events (<c>topic.Created</c>, <c>user.Login</c>…).</summary>
    Legacy,

    /// <summary>Authentication and authorization decisions, after Confluent's audit log model.</summary>
    Security,
}
