using System.Globalization;
using System.Text.Json;

namespace AuditLog.Sample;

/// <summary>How the sample shows events: a row of a table, or every field as Conduktor's inspect view does.</summary>
internal static class EventView
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static readonly string[] Headers = ["time (UTC)", "event", "resource", "actor", "outcome"];

    public static IReadOnlyList<string> Row(AuditEvent e) =>
        [Time(e), e.Type.Name, e.Resource.Address, e.Actor.Id, Outcome(e.Outcome)];

    public static string Time(AuditEvent e) => e.Time.UtcDateTime.ToString("HH:mm:ss.ffffff", CultureInfo.InvariantCulture);

    public static string Outcome(AuditOutcome outcome) => outcome.Message is { } message
        ? $"{outcome.Status.ToString().ToLowerInvariant()}: {message}"
        : outcome.Status.ToString().ToLowerInvariant();

    public static IEnumerable<(string Name, string Value)> Inspect(AuditEvent e)
    {
        yield return ("id", e.Id.ToString());
        yield return ("time", e.Time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture));
        yield return ("event", $"{e.Type.Name} ({e.Type.Family}): {e.Type.Description}");
        yield return ("CloudEvents type", e.Type.CloudEventType);
        yield return ("resource", $"{e.Resource.Type.Name} {e.Resource.Address}");
        yield return ("actor", e.Actor.DisplayName is { } name ? $"{e.Actor.Kind} {e.Actor.Id} ({name})" : $"{e.Actor.Kind} {e.Actor.Id}");
        yield return ("outcome", Outcome(e.Outcome));
        if (e.Client is { } client)
        {
            yield return ("client", $"{client.IpAddress} {client.UserAgent}".Trim());
        }

        if (e.CorrelationId is { } correlation)
        {
            yield return ("correlation id", correlation);
        }

        if (e.TraceId is { } trace)
        {
            yield return ("trace id", trace);
        }

        using var metadata = JsonDocument.Parse(e.Metadata.ToJson());
        yield return ("metadata", JsonSerializer.Serialize(metadata.RootElement, Indented));
    }
}
