using System.Text.Json;

namespace AuditLog.CloudEvents;

/// <summary>
/// Writes a <see cref="WireCloudEvent"/> as one JSON object, members in a fixed order: specversion, id,
/// source, type, subject, time, datacontenttype, dataschema, the extensions in their order, then
/// data or data_base64.
/// </summary>
internal static class CloudEventJsonWriter
{
    public static readonly Action<Utf8JsonWriter, WireCloudEvent> Delegate = static (writer, cloudEvent) => Write(writer, cloudEvent);

    public static void Write(Utf8JsonWriter writer, WireCloudEvent cloudEvent)
    {
        writer.WriteStartObject();
        writer.WriteString(CloudEventJsonNames.SpecVersion, CloudEventJsonNames.SpecVersionValue);
        writer.WriteString(CloudEventJsonNames.Id, cloudEvent.Id);
        writer.WriteString(CloudEventJsonNames.Source, cloudEvent.Source);
        writer.WriteString(CloudEventJsonNames.Type, cloudEvent.Type);
        if (cloudEvent.Subject is { } subject)
        {
            writer.WriteString(CloudEventJsonNames.Subject, subject);
        }

        if (cloudEvent.Time is { } time)
        {
            Rfc3339.Write(writer, CloudEventJsonNames.Time, time);
        }

        if (cloudEvent.DataContentType is { } contentType)
        {
            writer.WriteString(CloudEventJsonNames.DataContentType, contentType);
        }

        if (cloudEvent.DataSchema is { } schema)
        {
            writer.WriteString(CloudEventJsonNames.DataSchema, schema.OriginalString);
        }

        foreach (var (name, value) in cloudEvent.Extensions)
        {
            writer.WritePropertyName(name);
            WriteExtensionValue(writer, value);
        }

        if (cloudEvent.Data is { } data)
        {
            writer.WritePropertyName(CloudEventJsonNames.Data);
            data.WriteTo(writer);
        }
        else if (cloudEvent.DataBase64 is { } bytes)
        {
            writer.WriteBase64String(CloudEventJsonNames.DataBase64, bytes);
        }

        writer.WriteEndObject();
    }

    // The JSON format's type system mapping: booleans and integers as JSON literals, every other
    // type as its canonical string encoding.
    private static void WriteExtensionValue(Utf8JsonWriter writer, object value)
    {
        switch (value)
        {
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case int number:
                writer.WriteNumberValue(number);
                break;
            case Uri uri:
                writer.WriteStringValue(uri.OriginalString);
                break;
            case DateTimeOffset timestamp:
                Rfc3339.WriteValue(writer, timestamp);
                break;
            case byte[] bytes:
                writer.WriteBase64StringValue(bytes);
                break;
            default:
                throw new InvalidOperationException($"Unexpected extension value type {value.GetType()}.");
        }
    }
}
