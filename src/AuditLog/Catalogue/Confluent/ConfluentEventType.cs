using AuditLog.Resources;

namespace AuditLog;

/// <summary>
/// One of Confluent's audit log event types (<c>io.confluent.kafka.server/authorization</c>…), with the categories,
/// resource types and methods Confluent documents for it. Its events are written in Confluent's record schema.
/// </summary>
public sealed class ConfluentEventType : AuditEventType<ConfluentResource>
{
    internal ConfluentEventType(string cloudEventType, string service, string description, string[] categories, string[] resourceTypes, string[] methods)
        : base(cloudEventType, AuditEventFamily.Confluent, description, detail: null, ConfluentData.ServiceName, ConfluentData.MethodName)
    {
        Service = service;
        Categories = categories;
        ConfluentResourceTypes = resourceTypes;
        Methods = methods;
    }

    /// <summary>The Confluent service whose decisions the type records (Kafka, Schema Registry, ksqlDB, Flink, Organization).</summary>
    public string Service { get; }

    /// <summary>Confluent's event categories of this type (Authentication, Authorization, RBAC, Management and operations…).</summary>
    public IReadOnlyList<string> Categories { get; }

    /// <summary>The resource types Confluent lists for this type (<c>Topic</c>, <c>Cluster</c>, <c>SCHEMA_REGISTRY</c>…); empty for n/a.</summary>
    public IReadOnlyList<string> ConfluentResourceTypes { get; }

    /// <summary>Methods (<c>methodName</c>) Confluent documents for this type; other methods are accepted too.</summary>
    public IReadOnlyList<string> Methods { get; }

    /// <summary>
    /// Creates the event of one Confluent audit record. Its metadata is the record's <c>data</c> in Confluent's schema;
    /// its actor is <c>authenticationInfo.principal</c>, its resource the <c>resourceName</c> CRN, its outcome
    /// <c>authorizationInfo.granted</c> (success or denied) or else <c>result.status</c>, its client
    /// <c>requestMetadata</c>'s address and client id.
    /// </summary>
    /// <exception cref="AuditValidationException">A CRN or a required member breaks its rule.</exception>
    public AuditEvent Record(ConfluentRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var metadata = ConfluentData.Write(record);
        return ConfluentData.Derive(new AuditEvent
        {
            Type = this,
            Resource = AuditResource.From(record.Resource),
            Actor = CloudEvents.AuditCloudEventMapper.UnknownActor,
            Metadata = metadata,
        });
    }
}
