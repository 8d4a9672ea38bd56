using System.Text.Json;

namespace AuditLog.CloudEvents;

/// <summary>
/// Builds a <see cref="WireCloudEvent"/> from attributes read off the wire — the JSON reader's, or
/// an SDK <see cref="CloudNative.CloudEvents.CloudEvent"/>'s — checking every rule first, so a broken
/// one is an <see cref="AuditEventFormatException"/> naming the attribute rather than the
/// constructor's <see cref="ArgumentException"/>.
/// </summary>
internal static class WireCloudEventFactory
{
    public static WireCloudEvent Create(
        string? specVersion,
        string? id,
        string? source,
        string? type,
        DateTimeOffset? time,
        string? contentType,
        Uri? schema,
        string? subject,
        IReadOnlyCollection<KeyValuePair<string, object>>? extensions,
        JsonElement? data,
        byte[]? dataBase64)
    {
        Check(CloudEventRules.SpecVersion, specVersion is null ? CloudEventRules.Required
            : specVersion == WireCloudEvent.SupportedSpecVersion ? null
            : $"must be \"{WireCloudEvent.SupportedSpecVersion}\", the only CloudEvents version this reader supports");
        Check(CloudEventRules.Id, CloudEventRules.CheckNonEmptyString(id));
        Check(CloudEventRules.Source, CloudEventRules.CheckSource(source));
        Check(CloudEventRules.Type, CloudEventRules.CheckNonEmptyString(type));
        Check(CloudEventRules.DataContentType, contentType is null ? null : CloudEventRules.CheckMediaType(contentType));
        Check(CloudEventRules.DataSchema, schema is null ? null : CloudEventRules.CheckDataSchema(schema));
        Check(CloudEventRules.Subject, subject is null ? null : CloudEventRules.CheckNonEmptyString(subject));
        foreach (var (name, value) in extensions ?? [])
        {
            var shown = CloudEventRules.Printable(name);
            Check(shown, CloudEventRules.CheckExtensionName(name));
            Check(shown, CloudEventRules.CheckExtensionValue(value));
        }

        if (data is { } json)
        {
            Check(CloudEventRules.Data, dataBase64 is null ? null : "must not be present together with 'data_base64'");
            Check(
                CloudEventRules.Data,
                CloudEventRules.IsJson(contentType) || json.ValueKind == JsonValueKind.String ? null : "must be a JSON string when 'datacontenttype' does not declare JSON content");
        }

        return new WireCloudEvent(id!, source!, type!, time, contentType, schema, subject, extensions, data, dataBase64);
    }

    private static void Check(string attribute, string? problem)
    {
        if (problem is not null)
        {
            throw new AuditEventFormatException(attribute, problem);
        }
    }
}
