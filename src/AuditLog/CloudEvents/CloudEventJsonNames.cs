using System.Text.Json;

namespace AuditLog.CloudEvents;

/// <summary>The member names of the CloudEvents JSON format, encoded once.</summary>
internal static class CloudEventJsonNames
{
    public static readonly JsonEncodedText SpecVersion = JsonEncodedText.Encode(CloudEventRules.SpecVersion);
    public static readonly JsonEncodedText SpecVersionValue = JsonEncodedText.Encode(WireCloudEvent.SupportedSpecVersion);
    public static readonly JsonEncodedText Id = JsonEncodedText.Encode(CloudEventRules.Id);
    public static readonly JsonEncodedText Source = JsonEncodedText.Encode(CloudEventRules.Source);
    public static readonly JsonEncodedText Type = JsonEncodedText.Encode(CloudEventRules.Type);
    public static readonly JsonEncodedText Subject = JsonEncodedText.Encode(CloudEventRules.Subject);
    public static readonly JsonEncodedText Time = JsonEncodedText.Encode(CloudEventRules.Time);
    public static readonly JsonEncodedText DataContentType = JsonEncodedText.Encode(CloudEventRules.DataContentType);
    public static readonly JsonEncodedText DataSchema = JsonEncodedText.Encode(CloudEventRules.DataSchema);
    public static readonly JsonEncodedText Data = JsonEncodedText.Encode(CloudEventRules.Data);
    public static readonly JsonEncodedText DataBase64 = JsonEncodedText.Encode(CloudEventRules.DataBase64);
}
