using System.Collections.Frozen;
using System.Reflection;

namespace AuditLog;

/// <summary>Enumerates and looks up the entries of the typed catalogue <see cref="AuditEvents"/>.</summary>
public static class AuditCatalogue
{
    // The documented order of the groups; a test checks that it names every group of AuditEvents.
    internal static readonly Type[] Groups =
    [
        typeof(AuditEvents.Kafka),
        typeof(AuditEvents.Iam),
        typeof(AuditEvents.SelfService),
        typeof(AuditEvents.Admin),
        typeof(AuditEvents.Legacy),
        typeof(AuditEvents.Security),
        typeof(AuditEvents.Confluent),
    ];

    private static readonly Lazy<Index> Entries = new(Build);

    /// <summary>Every event type, in documented order: exportable, legacy, security, then Confluent's.</summary>
    public static IReadOnlyList<AuditEventType> All => Entries.Value.Types;

    /// <summary>Every resource type used by the catalogue, in order of first use.</summary>
    public static IReadOnlyList<AuditResourceType> ResourceTypes => Entries.Value.Resources;

    /// <summary>The event types of one family.</summary>
    public static IEnumerable<AuditEventType> Family(AuditEventFamily family) => All.Where(t => t.Family == family);

    /// <summary>
    /// Finds an event type by its name (<c>Kafka.Topic.Create</c>, <c>topic.Created</c>…) or one of its
    /// <see cref="AuditEventType.Aliases"/> (<c>IAM.User.Login</c>), case-sensitively.
    /// </summary>
    public static AuditEventType? Find(string? name) =>
        name is not null && Entries.Value.ByName.TryGetValue(name, out var type) ? type : null;

    /// <summary>
    /// Finds an event type by its CloudEvents <c>type</c> attribute (<c>AuditLogEventType(Kafka,Topic,Create)</c>),
    /// or the one an alias would give (<c>AuditLogEventType(IAM,User,Login)</c>).
    /// </summary>
    public static AuditEventType? FindByCloudEventType(string? cloudEventType) =>
        cloudEventType is not null && Entries.Value.ByCloudEventType.TryGetValue(cloudEventType, out var type) ? type : null;

    internal static IReadOnlyList<string> AliasesOf(AuditEventType type) =>
        Entries.Value.Aliases.GetValueOrDefault(type, []);

    internal static AuditEventType? CounterpartOf(AuditEventType type) =>
        Entries.Value.Counterparts.GetValueOrDefault(type);

    private static Index Build()
    {
        var types = Groups.SelectMany(EntriesOf).ToArray();
        var aliases = CatalogueAliases.Table;
        var names = types.Select(t => (t.Name, Type: t)).Concat(aliases.Select(a => (Name: a.Alias, a.Type)));
        return new Index(
            types,
            types.Select(t => t.ResourceType).Distinct().ToArray(),
            names.ToFrozenDictionary(n => n.Name, n => n.Type, StringComparer.Ordinal),
            names.ToFrozenDictionary(n => AuditEventType.CloudEventTypeOf(n.Name, n.Type.Family), n => n.Type, StringComparer.Ordinal),
            aliases.GroupBy(a => a.Type).ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(a => a.Alias).ToArray()),
            CatalogueCounterparts.Table.Select(p => (From: p.Legacy, To: p.Exportable))
                .Concat(CatalogueCounterparts.Table.Select(p => (From: p.Exportable, To: p.Legacy)))
                .ToFrozenDictionary(p => p.From, p => p.To));
    }

    // Declaration order: nested classes and their properties sorted by metadata token.
    private static IEnumerable<AuditEventType> EntriesOf(Type group) =>
        group.GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(p => typeof(AuditEventType).IsAssignableFrom(p.PropertyType))
            .OrderBy(p => p.MetadataToken)
            .Select(p => (AuditEventType)p.GetValue(null)!)
            .Concat(group.GetNestedTypes(BindingFlags.Public).OrderBy(t => t.MetadataToken).SelectMany(EntriesOf));

    private sealed record Index(
        AuditEventType[] Types,
        AuditResourceType[] Resources,
        FrozenDictionary<string, AuditEventType> ByName,
        FrozenDictionary<string, AuditEventType> ByCloudEventType,
        FrozenDictionary<AuditEventType, IReadOnlyList<string>> Aliases,
        FrozenDictionary<AuditEventType, AuditEventType> Counterparts);
}
