namespace AuditLog;

/// <summary>
/// An entry of the audit event catalogue: its name, family, resource type and description.
/// Entries are only defined by the catalogue (<see cref="AuditEvents"/>); enumerate them with
/// <see cref="AuditCatalogue"/>.
/// </summary>
public abstract class AuditEventType
{
    private protected AuditEventType(
        string name,
        AuditEventFamily family,
        AuditResourceType resourceType,
        string description,
        string? detail,
        IReadOnlyList<string> requiredMetadata)
    {
        Name = name;
        Family = family;
        ResourceType = resourceType;
        Description = description;
        Detail = detail;
        RequiredMetadata = requiredMetadata;
        CloudEventType = CloudEventTypeOf(name, family);
    }

    /// <summary>The event name as documented (<c>Kafka.Topic.Create</c>, <c>topic.Created</c>…).</summary>
    public string Name { get; }

    /// <summary>The catalogue family.</summary>
    public AuditEventFamily Family { get; }

    /// <summary>The kind of resource the event is about, with its address template.</summary>
    public AuditResourceType ResourceType { get; }

    /// <summary>What the event records.</summary>
    public string Description { get; }

    /// <summary>A documented qualifier of the name (<c>ResetOffsets</c>, <c>from / to</c>), when there is one.</summary>
    public string? Detail { get; }

    /// <summary>Metadata keys every event of this type must carry besides the address parts.</summary>
    public IReadOnlyList<string> RequiredMetadata { get; }

    /// <summary>The CloudEvents <c>type</c> attribute, e.g. <c>AuditLogEventType(Kafka,Topic,Create)</c>, or the name itself for Confluent's types.</summary>
    public string CloudEventType { get; }

    /// <summary>
    /// Other spellings of <see cref="Name"/> found in Conduktor's changelogs (<c>IAM.User.Login</c>),
    /// which <see cref="AuditCatalogue.Find"/> also resolves; events are always written under <see cref="Name"/>.
    /// </summary>
    public IReadOnlyList<string> Aliases => AuditCatalogue.AliasesOf(this);

    /// <summary>
    /// The same action in the other Conduktor family: the exportable event of a legacy one
    /// (<c>topic.Created</c> → <c>Kafka.Topic.Create</c>) and the reverse, when there is one.
    /// </summary>
    public AuditEventType? Counterpart => AuditCatalogue.CounterpartOf(this);

    /// <inheritdoc />
    public override string ToString() => Name;

    // Legacy names keep their dots; the other Conduktor-shaped families list the name's parts, as Conduktor does;
    // Confluent's event types are named by their CloudEvents type.
    internal static string CloudEventTypeOf(string name, AuditEventFamily family) => family switch
    {
        AuditEventFamily.Confluent => name,
        AuditEventFamily.Legacy => $"AuditLogEventType({name})",
        _ => $"AuditLogEventType({name.Replace('.', ',')})",
    };
}
