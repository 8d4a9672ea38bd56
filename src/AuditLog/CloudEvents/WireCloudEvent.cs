using System.Collections.ObjectModel;
using System.Text.Json;

namespace AuditLog.CloudEvents;

/// <summary>
/// The library's internal wire model of a CloudEvents 1.0 event: its context attributes, its
/// extension attributes and its data, exactly as the JSON format carries them. Every rule of the
/// core specification is checked when the event is constructed, so an instance can always be written.
/// </summary>
/// <remarks>
/// <para>
/// Hosts meet the SDK's <see cref="CloudNative.CloudEvents.CloudEvent"/>; this model stays
/// internal because it keeps what the SDK's JSON formatter loses (an explicit <c>"data": null</c>,
/// the JSON types of extension values) and reads and writes several times faster.
/// </para>
/// <para>
/// Data is either a JSON value (<see cref="Data"/>, the <c>data</c> member of the JSON format) or
/// bytes (<see cref="DataBase64"/>, the <c>data_base64</c> member), never both. When
/// <see cref="DataContentType"/> does not declare JSON content, <see cref="Data"/> must be a JSON
/// string: the encoded content (an XML document, for example).
/// </para>
/// </remarks>
internal sealed class WireCloudEvent
{
    /// <summary>The only <c>specversion</c> this implementation reads and writes.</summary>
    public const string SupportedSpecVersion = "1.0";

    private static readonly IReadOnlyDictionary<string, object> NoExtensions =
        new ReadOnlyDictionary<string, object>(new Dictionary<string, object>(StringComparer.Ordinal));

    /// <summary>Creates an event, checking every attribute.</summary>
    /// <param name="id">The <c>id</c>: a non-empty string, unique per <paramref name="source"/>.</param>
    /// <param name="source">The <c>source</c>: a non-empty URI-reference.</param>
    /// <param name="type">The <c>type</c>: a non-empty string.</param>
    /// <param name="time">The <c>time</c> of the occurrence, if known.</param>
    /// <param name="dataContentType">The <c>datacontenttype</c>: an RFC 2046 media type; absent means <c>application/json</c>.</param>
    /// <param name="dataSchema">The <c>dataschema</c>: an absolute URI.</param>
    /// <param name="subject">The <c>subject</c>: a non-empty string.</param>
    /// <param name="extensions">
    /// Extension attributes, in the order they are to be written. Names are lower-case ASCII letters
    /// and digits; values are <see cref="string"/>, <see cref="bool"/>, <see cref="int"/>,
    /// <see cref="Uri"/>, <see cref="DateTimeOffset"/> or <see cref="byte"/>[].
    /// </param>
    /// <param name="data">The data as a JSON value (a JSON <c>null</c> is an explicit null payload).</param>
    /// <param name="dataBase64">The data as bytes; excludes <paramref name="data"/>.</param>
    /// <exception cref="ArgumentException">An attribute breaks a rule; the message names the attribute and the rule.</exception>
    public WireCloudEvent(
        string id,
        string source,
        string type,
        DateTimeOffset? time = null,
        string? dataContentType = null,
        Uri? dataSchema = null,
        string? subject = null,
        IEnumerable<KeyValuePair<string, object>>? extensions = null,
        JsonElement? data = null,
        byte[]? dataBase64 = null)
    {
        Check(CloudEventRules.Id, CloudEventRules.CheckNonEmptyString(id), nameof(id));
        Check(CloudEventRules.Source, CloudEventRules.CheckSource(source), nameof(source));
        Check(CloudEventRules.Type, CloudEventRules.CheckNonEmptyString(type), nameof(type));
        if (dataContentType is not null)
        {
            Check(CloudEventRules.DataContentType, CloudEventRules.CheckMediaType(dataContentType), nameof(dataContentType));
        }

        if (dataSchema is not null)
        {
            Check(CloudEventRules.DataSchema, CloudEventRules.CheckDataSchema(dataSchema), nameof(dataSchema));
        }

        if (subject is not null)
        {
            Check(CloudEventRules.Subject, CloudEventRules.CheckNonEmptyString(subject), nameof(subject));
        }

        if (data is { } json)
        {
            Check(CloudEventRules.Data, json.ValueKind == JsonValueKind.Undefined ? "must be a JSON value (JsonValueKind.Undefined is not one)" : null, nameof(data));
            Check(CloudEventRules.Data, dataBase64 is null ? null : "must not be set together with 'data_base64'", nameof(data));
            Check(
                CloudEventRules.Data,
                CloudEventRules.IsJson(dataContentType) || json.ValueKind == JsonValueKind.String ? null : "must be a JSON string when 'datacontenttype' does not declare JSON content",
                nameof(data));
        }

        Id = id;
        Source = source;
        Type = type;
        Time = time;
        DataContentType = dataContentType;
        DataSchema = dataSchema;
        Subject = subject;
        Extensions = CopyExtensions(extensions);
        Data = data?.Clone();
        DataBase64 = dataBase64?.ToArray();
    }

    /// <summary>The <c>id</c> attribute.</summary>
    public string Id { get; }

    /// <summary>The <c>source</c> attribute, a URI-reference (for audit events, the resource address).</summary>
    public string Source { get; }

    /// <summary>The <c>specversion</c> attribute: always <see cref="SupportedSpecVersion"/>.</summary>
    public string SpecVersion => SupportedSpecVersion;

    /// <summary>The <c>type</c> attribute.</summary>
    public string Type { get; }

    /// <summary>The <c>datacontenttype</c> attribute, when set.</summary>
    public string? DataContentType { get; }

    /// <summary>The <c>dataschema</c> attribute, when set.</summary>
    public Uri? DataSchema { get; }

    /// <summary>The <c>subject</c> attribute, when set.</summary>
    public string? Subject { get; }

    /// <summary>The <c>time</c> attribute, when set. It is written in UTC.</summary>
    public DateTimeOffset? Time { get; }

    /// <summary>
    /// The extension attributes, in order. Values are <see cref="string"/>, <see cref="bool"/>,
    /// <see cref="int"/>, <see cref="Uri"/>, <see cref="DateTimeOffset"/> or <see cref="byte"/>[];
    /// an event read from JSON only holds strings, booleans and integers, since JSON cannot tell a
    /// URI, a timestamp or binary data from a string.
    /// </summary>
    public IReadOnlyDictionary<string, object> Extensions { get; }

    /// <summary>The data as a JSON value (the <c>data</c> member), when the event has JSON or text data.</summary>
    public JsonElement? Data { get; }

    /// <summary>The data as bytes (the <c>data_base64</c> member), when the event has binary data. Treat it as read-only.</summary>
    public byte[]? DataBase64 { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Type} {Id} from {Source}";

    private static IReadOnlyDictionary<string, object> CopyExtensions(IEnumerable<KeyValuePair<string, object>>? extensions)
    {
        if (extensions is null)
        {
            return NoExtensions;
        }

        var copy = new OrderedDictionary<string, object>(StringComparer.Ordinal);
        foreach (var (name, value) in extensions)
        {
            ArgumentNullException.ThrowIfNull(name, nameof(extensions));
            var shown = CloudEventRules.Printable(name);
            Check(shown, CloudEventRules.CheckExtensionName(name), nameof(extensions));
            Check(shown, CloudEventRules.CheckExtensionValue(value), nameof(extensions));
            Check(shown, copy.TryAdd(name, value is byte[] bytes ? bytes.ToArray() : value) ? null : "appears more than once", nameof(extensions));
        }

        return copy.Count == 0 ? NoExtensions : new ReadOnlyDictionary<string, object>(copy);
    }

    private static void Check(string attribute, string? problem, string parameter)
    {
        if (problem is not null)
        {
            throw new ArgumentException($"The CloudEvents attribute '{attribute}' {problem}.", parameter);
        }
    }
}
