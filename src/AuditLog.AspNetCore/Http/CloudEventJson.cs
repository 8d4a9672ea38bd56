using System.Text.Json;
using AuditLog.CloudEvents;

namespace AuditLog.AspNetCore.Http;

/// <summary>Writes events as CloudEvents 1.0 JSON, the shape they are stored and exported in.</summary>
internal static class CloudEventJson
{
    public const string ContentType = "application/cloudevents+json";

    public static void WriteArray(Utf8JsonWriter writer, string name, IEnumerable<AuditEvent> events)
    {
        writer.WriteStartArray(name);
        foreach (var auditEvent in events)
        {
            AuditCloudEventMapper.Write(auditEvent, writer);
        }

        writer.WriteEndArray();
    }
}
