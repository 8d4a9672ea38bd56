using System.Text.Json;
using SdkCloudEvent = CloudNative.CloudEvents.CloudEvent;
using SdkSpecVersion = CloudNative.CloudEvents.CloudEventsSpecVersion;

namespace AuditLog.CloudEvents;

/// <summary>
/// Converts between the SDK's <see cref="SdkCloudEvent"/> and the library's own representations,
/// with the data as the SDK's <c>JsonEventFormatter</c> would write and read it.
/// </summary>
internal static class SdkCloudEventConverter
{
    /// <summary>
    /// An audit CloudEvent: the attributes the fast writer puts on the wire, with the time as it
    /// reads back from there (UTC, microseconds) and the data as a <see cref="JsonElement"/>.
    /// </summary>
    public static SdkCloudEvent ToSdk(AuditEvent auditEvent)
    {
        var data = JsonElement.Parse(JsonOutput.ToUtf8(auditEvent, AuditEventJsonWriter.DataDelegate));
        var utcTicks = auditEvent.Time.UtcTicks;
        var confluent = auditEvent.Type.Family == AuditEventFamily.Confluent;
        return new SdkCloudEvent(SdkSpecVersion.V1_0)
        {
            Id = auditEvent.Id.ToString("D"),
            Source = new Uri(confluent ? auditEvent.Metadata.GetString(ConfluentData.ServiceName)! : auditEvent.Resource.Address, UriKind.RelativeOrAbsolute),
            Subject = confluent ? auditEvent.Resource.Address : null,
            Type = auditEvent.Type.CloudEventType,
            Time = new DateTimeOffset(utcTicks - (utcTicks % TimeSpan.TicksPerMicrosecond), TimeSpan.Zero),
            DataContentType = AuditCloudEventMapper.DataContentType,
            Data = data,
        };
    }

    /// <summary>The SDK event as the internal wire model, every rule checked.</summary>
    /// <exception cref="AuditEventFormatException">An attribute or the data breaks a CloudEvents rule.</exception>
    public static WireCloudEvent FromSdk(SdkCloudEvent cloudEvent)
    {
        var extensions = new List<KeyValuePair<string, object>>();
        foreach (var (attribute, value) in cloudEvent.GetPopulatedAttributes())
        {
            if (attribute.IsExtension)
            {
                extensions.Add(new(attribute.Name, value));
            }
        }

        var (data, dataBase64) = Data(cloudEvent.Data);
        return WireCloudEventFactory.Create(
            cloudEvent.SpecVersion == SdkSpecVersion.V1_0 ? WireCloudEvent.SupportedSpecVersion : cloudEvent.SpecVersion.VersionId,
            cloudEvent.Id,
            cloudEvent.Source?.OriginalString,
            cloudEvent.Type,
            cloudEvent.Time,
            cloudEvent.DataContentType,
            cloudEvent.DataSchema,
            cloudEvent.Subject,
            extensions,
            data,
            dataBase64);
    }

    // As the SDK's JsonEventFormatter writes data: bytes as data_base64, a JSON element as it is,
    // anything else (a string, a JsonNode, an object) serialized by System.Text.Json with its defaults.
    private static (JsonElement? Data, byte[]? DataBase64) Data(object? data) => data switch
    {
        null => (null, null),
        byte[] bytes => (null, bytes),
        JsonElement element => (element, null),
        JsonDocument document => (document.RootElement, null),
        _ => (JsonSerializer.SerializeToElement(data, data.GetType()), null),
    };
}
