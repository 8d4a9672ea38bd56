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

    /// <summary>
    /// Confluent Cloud's and Confluent Platform's audit log event types (<c>io.confluent.kafka.server/authorization</c>…),
    /// written in Confluent's record schema: <c>data</c> holds serviceName, methodName, resourceName,
    /// authenticationInfo, authorizationInfo, requestMetadata, request and result; <c>subject</c> is the resource CRN.
    /// </summary>
    Confluent,
}
