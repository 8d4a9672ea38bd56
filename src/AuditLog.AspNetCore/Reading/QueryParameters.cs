using System.Buffers;
using System.Globalization;
using System.Text.Json;
using AuditLog.AspNetCore.Http;
using AuditLog.PostgreSql;
using Microsoft.AspNetCore.Http;

namespace AuditLog.AspNetCore.Reading;

/// <summary>
/// Turns the query string into an <see cref="AuditQuery"/>. Only the syntax is checked here (times, enumerations,
/// repetition); the store's own validation decides the rest, and its <see cref="AuditQueryException"/> is reported
/// under the parameter's name by <see cref="ParameterOf"/>.
/// </summary>
internal static class QueryParameters
{
    // More values than the catalogue has types can only be a mistake or an attack on the audit event's size.
    public const int MaxValues = 200;

    private static readonly string[] SingleValued = ["from", "to", "resourceType", "resource", "actor", "outcome", "q", "cursor", "pageSize", "format"];

    public static AuditQuery ToQuery(AuditFilterParameters parameters, IQueryCollection raw)
    {
        foreach (var name in SingleValued)
        {
            if (raw.TryGetValue(name, out var values) && values.Count > 1)
            {
                throw new ParameterProblem(name, "must be given at most once");
            }
        }

        return new AuditQuery
        {
            From = Time("from", parameters.From),
            To = Time("to", parameters.To),
            EventTypes = Values("type", parameters.Type),
            Families = Values("family", parameters.Family).Select(f => Enumeration<AuditEventFamily>("family", f)).ToList(),
            ResourceType = parameters.ResourceType,
            ResourcePrefix = parameters.Resource,
            Actor = parameters.Actor,
            Outcome = parameters.Outcome is null ? null : Enumeration<OutcomeStatus>("outcome", parameters.Outcome),
            Text = parameters.Q,
        };
    }

    /// <summary>The query parameter behind a filter the store refused.</summary>
    public static string ParameterOf(AuditQueryException refused) => refused.Filter switch
    {
        nameof(AuditQuery.From) => "from",
        nameof(AuditQuery.To) => "to",
        nameof(AuditQuery.EventTypes) => "type",
        nameof(AuditQuery.Families) => "family",
        nameof(AuditQuery.ResourceType) => "resourceType",
        nameof(AuditQuery.ResourcePrefix) => "resource",
        nameof(AuditQuery.Actor) => "actor",
        nameof(AuditQuery.Outcome) => "outcome",
        nameof(AuditQuery.Text) => "q",
        _ => refused.Filter,
    };

    public static ParameterProblem Problem(AuditQueryException refused) => new(ParameterOf(refused), refused.Rule);

    /// <summary>The filters that were set, as a JSON object for the audit event that records the read.</summary>
    public static JsonElement Describe(AuditQuery query, string? cursor = null)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            if (query.From is { } from)
            {
                writer.WriteString("from", from);
            }

            if (query.To is { } to)
            {
                writer.WriteString("to", to);
            }

            WriteList(writer, "type", query.EventTypes);
            WriteList(writer, "family", query.Families.Select(f => f.ToString()).ToList());
            WriteIfSet(writer, "resourceType", query.ResourceType);
            WriteIfSet(writer, "resource", query.ResourcePrefix);
            WriteIfSet(writer, "actor", query.Actor);
            WriteIfSet(writer, "outcome", query.Outcome?.ToString());
            WriteIfSet(writer, "q", query.Text);
            WriteIfSet(writer, "cursor", cursor);
            writer.WriteEndObject();
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }

    private static void WriteIfSet(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static void WriteList(Utf8JsonWriter writer, string name, IList<string> values)
    {
        if (values.Count == 0)
        {
            return;
        }

        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    private static List<string> Values(string name, string[]? values)
    {
        if (values is null)
        {
            return [];
        }

        if (values.Length > MaxValues)
        {
            throw new ParameterProblem(name, $"must be given at most {MaxValues} times");
        }

        return [.. values];
    }

    private static DateTimeOffset? Time(string name, string? value)
    {
        if (value is null)
        {
            return null;
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time)
            ? time
            : throw new ParameterProblem(name, "must be an RFC 3339 time such as 2024-10-10T08:00:00Z");
    }

    // Names only: Enum.TryParse would also take "42", an undefined value.
    private static T Enumeration<T>(string name, string value)
        where T : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(candidate.ToString(), value, StringComparison.OrdinalIgnoreCase))
            {
                return candidate;
            }
        }

        throw new ParameterProblem(name, $"must be one of {string.Join(", ", Enum.GetNames<T>())}");
    }
}
