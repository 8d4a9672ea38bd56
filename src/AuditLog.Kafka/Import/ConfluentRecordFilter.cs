using AuditLog.CloudEvents;

namespace AuditLog.Kafka.Import;

/// <summary>The filters a Confluent Platform operator configures for its audit log: categories and excluded principals.</summary>
internal sealed class ConfluentRecordFilter
{
    private readonly HashSet<string> categories;
    private readonly HashSet<string> excludedPrincipals;

    private ConfluentRecordFilter(HashSet<string> categories, HashSet<string> excludedPrincipals)
    {
        this.categories = categories;
        this.excludedPrincipals = excludedPrincipals;
    }

    /// <summary>Every category of the catalogue's Confluent types.</summary>
    public static IReadOnlySet<string> KnownCategories { get; } = AuditCatalogue.Family(AuditEventFamily.Confluent)
        .OfType<ConfluentEventType>()
        .SelectMany(t => t.Categories)
        .ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <exception cref="ArgumentException">A category no Confluent type has, or a blank principal.</exception>
    public static ConfluentRecordFilter Create(ConfluentImportOptions options)
    {
        ArgumentNullException.ThrowIfNull(options.Categories, nameof(options));
        ArgumentNullException.ThrowIfNull(options.ExcludedPrincipals, nameof(options));
        if (options.Categories.FirstOrDefault(c => !KnownCategories.Contains(c)) is { } unknown)
        {
            throw new ArgumentException(
                $"No Confluent event type has the category '{unknown}'; the categories are: {string.Join(", ", KnownCategories.Order(StringComparer.Ordinal))}.",
                nameof(options));
        }

        if (options.ExcludedPrincipals.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("An excluded principal must not be blank.", nameof(options));
        }

        return new ConfluentRecordFilter(
            options.Categories.ToHashSet(StringComparer.OrdinalIgnoreCase),
            options.ExcludedPrincipals.ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>True when the event is to be imported.</summary>
    public bool Keeps(AuditEvent auditEvent, ConfluentEventType type)
    {
        if (categories.Count > 0 && !type.Categories.Any(categories.Contains))
        {
            return false;
        }

        return auditEvent.Actor == AuditCloudEventMapper.UnknownActor || !excludedPrincipals.Contains(auditEvent.Actor.Id);
    }
}
