namespace AuditLog.Kafka;

/// <summary>What <see cref="ConfluentAuditImporter.ImportAsync"/> reads, from where, and which records it keeps.</summary>
public sealed record ConfluentImportOptions
{
    /// <summary>The topic Confluent writes its audit log to.</summary>
    public const string DefaultTopic = "confluent-audit-log-events";

    /// <summary>The id of the registered cluster holding the topic (<c>CDK_CLUSTERS_&lt;n&gt;_ID</c>).</summary>
    public required string Cluster { get; init; }

    /// <summary>The audit topic. Default <c>confluent-audit-log-events</c>.</summary>
    public string Topic { get; init; } = DefaultTopic;

    /// <summary>
    /// For a partition never imported before, start at its first record written at or after this time; null, the
    /// default, starts at the beginning. A partition imported before resumes where the last import stopped.
    /// </summary>
    public DateTimeOffset? From { get; init; }

    /// <summary>
    /// Keep only events of types in one of these Confluent categories (<see cref="ConfluentEventType.Categories"/>:
    /// <c>Authentication</c>, <c>Authorization</c>, <c>RBAC</c>, <c>Management and operations</c>…; case-insensitive);
    /// empty, the default, keeps every category. A name no type has is refused.
    /// </summary>
    public IReadOnlyCollection<string> Categories { get; init; } = [];

    /// <summary>
    /// Leave out events whose <c>authenticationInfo.principal</c> is one of these (<c>User:306343</c>), like Confluent
    /// Platform's <c>excluded_principals</c>; exact match.
    /// </summary>
    public IReadOnlyCollection<string> ExcludedPrincipals { get; init; } = [];

    /// <summary>How long to wait for the topic's metadata and offsets before failing. Default 30 s.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);
}
