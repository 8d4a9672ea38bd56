using AuditLog.PostgreSql.Schema;

namespace AuditLog.PostgreSql.Reading;

/// <summary>
/// A validated copy of an <see cref="AuditQuery"/>, in column values: taken once, so a query changed
/// while its results stream does not change them.
/// </summary>
internal sealed record QueryFilter(
    DateTime? From,
    DateTime? To,
    string[] EventTypes,
    string[] Families,
    string? ResourceType,
    string? ResourcePrefix,
    string? Actor,
    string? Outcome,
    string? Text)
{
    /// <summary>
    /// The catalogue's event types a family or resource type filter allows (null when neither is set): added to the
    /// query as an event type condition, which the (event_type, time) index serves, since those columns have none.
    /// </summary>
    public string[]? ImpliedEventTypes { get; } = Implied(Families, ResourceType);

    /// <exception cref="AuditQueryException">A filter breaks a rule.</exception>
    public static QueryFilter Validate(AuditQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var from = Microseconds(query.From);
        var to = Microseconds(query.To);
        if (from is not null && to is not null && from >= to)
        {
            throw new AuditQueryException(nameof(AuditQuery.To), "must be after From");
        }

        return new QueryFilter(
            from,
            to,
            EventTypesOf(query.EventTypes),
            FamiliesOf(query.Families),
            ResourceTypeOf(query.ResourceType),
            Check(nameof(AuditQuery.ResourcePrefix), query.ResourcePrefix),
            Check(nameof(AuditQuery.Actor), query.Actor),
            OutcomeOf(query.Outcome),
            Check(nameof(AuditQuery.Text), query.Text, allowWhitespace: true));
    }

    // The column keeps microseconds; rounding up keeps From inclusive and To exclusive of exactly the right events.
    private static DateTime? Microseconds(DateTimeOffset? time)
    {
        if (time is not { } value)
        {
            return null;
        }

        var utc = value.UtcDateTime;
        var remainder = utc.Ticks % TimeSpan.TicksPerMicrosecond;
        return remainder == 0 || utc.Ticks > DateTime.MaxValue.Ticks - TimeSpan.TicksPerMicrosecond
            ? utc
            : utc.AddTicks(TimeSpan.TicksPerMicrosecond - remainder);
    }

    private static string[]? Implied(string[] families, string? resourceType) =>
        families.Length == 0 && resourceType is null
            ? null
            : AuditCatalogue.All
                .Where(t => families.Length == 0 || families.Contains(ColumnValues.Of(t.Family), StringComparer.Ordinal))
                .Where(t => resourceType is null || string.Equals(t.ResourceType.Name, resourceType, StringComparison.Ordinal))
                .Select(t => t.Name)
                .ToArray();

    private static string[] EventTypesOf(IList<string>? names)
    {
        var values = new string[names?.Count ?? 0];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = AuditCatalogue.Find(names![i])?.Name
                ?? throw new AuditQueryException(nameof(AuditQuery.EventTypes), $"must hold only event type names of the catalogue (entry {i} is not one)");
        }

        return values;
    }

    private static string[] FamiliesOf(IList<AuditEventFamily>? families)
    {
        var values = new string[families?.Count ?? 0];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = Enum.IsDefined(families![i])
                ? ColumnValues.Of(families[i])
                : throw new AuditQueryException(nameof(AuditQuery.Families), $"must hold only defined AuditEventFamily values (entry {i} is not one)");
        }

        return values;
    }

    private static string? ResourceTypeOf(string? name)
    {
        var value = Check(nameof(AuditQuery.ResourceType), name);
        return value is null || AuditCatalogue.ResourceTypes.Any(t => string.Equals(t.Name, value, StringComparison.Ordinal))
            ? value
            : throw new AuditQueryException(nameof(AuditQuery.ResourceType), "must be a resource type name of the catalogue");
    }

    private static string? OutcomeOf(OutcomeStatus? outcome) => outcome switch
    {
        null => null,
        { } status when Enum.IsDefined(status) => ColumnValues.Of(status),
        _ => throw new AuditQueryException(nameof(AuditQuery.Outcome), "must be a defined OutcomeStatus"),
    };

    private static string? Check(string filter, string? value, bool allowWhitespace = false)
    {
        if (value is null)
        {
            return null;
        }

        if (value.Length == 0)
        {
            throw new AuditQueryException(filter, "must not be empty (leave it null to match any value)");
        }

        if (value.Length > AuditQuery.MaxLength)
        {
            throw new AuditQueryException(filter, $"must be at most {AuditQuery.MaxLength} characters");
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsControl(c) && !(allowWhitespace && c is '\t' or '\n' or '\r'))
            {
                throw new AuditQueryException(filter, allowWhitespace
                    ? "must not contain control characters other than tabs and line breaks"
                    : "must not contain control characters");
            }

            // PostgreSQL text is UTF-8, which has no encoding for a lone surrogate.
            if (char.IsSurrogate(c) && !(char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[++i])))
            {
                throw new AuditQueryException(filter, "must be well-formed Unicode text");
            }
        }

        return value;
    }
}
