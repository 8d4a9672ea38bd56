using System.Text;
using System.Text.Json;

namespace AuditLog.Pipeline;

/// <summary>
/// Replaces the values of secret-looking metadata keys (at any depth) by <c>[REDACTED]</c>, so no
/// sink ever holds them.
/// </summary>
internal sealed class AuditEventRedactor
{
    public const string Mask = "[REDACTED]";
    private static readonly JsonElement MaskElement = JsonSerializer.SerializeToElement(Mask);
    private readonly string[] words;

    public AuditEventRedactor(IEnumerable<string> redactedKeys) =>
        words = redactedKeys.Select(Normalize).Where(w => w.Length > 0).Distinct().ToArray();

    public AuditEvent Redact(AuditEvent auditEvent)
    {
        var metadata = auditEvent.Metadata;
        foreach (var (key, value) in auditEvent.Metadata)
        {
            if (IsSecret(key))
            {
                metadata = metadata.With(key, MaskElement);
            }
            else if (value.ValueKind is JsonValueKind.Object or JsonValueKind.Array && HasSecret(value))
            {
                metadata = metadata.With(key, RedactNested(value));
            }
        }

        return ReferenceEquals(metadata, auditEvent.Metadata) ? auditEvent : auditEvent with { Metadata = metadata };
    }

    public bool IsSecret(string key)
    {
        var normalized = Normalize(key);
        return words.Any(word => normalized.Contains(word, StringComparison.Ordinal));
    }

    private static string Normalize(string key)
    {
        var builder = new StringBuilder(key.Length);
        foreach (var c in key)
        {
            if (c is not ('-' or '_' or '.' or ' '))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    private bool HasSecret(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().Any(p => IsSecret(p.Name) || HasSecret(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().Any(HasSecret),
        _ => false,
    };

    private JsonElement RedactNested(JsonElement element)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(element, writer);
        }

        using var document = JsonDocument.Parse(buffer.ToArray());
        return document.RootElement.Clone();
    }

    private void Write(JsonElement element, Utf8JsonWriter writer)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var property in element.EnumerateObject())
                {
                    writer.WritePropertyName(property.Name);
                    if (IsSecret(property.Name))
                    {
                        writer.WriteStringValue(Mask);
                    }
                    else
                    {
                        Write(property.Value, writer);
                    }
                }

                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in element.EnumerateArray())
                {
                    Write(item, writer);
                }

                writer.WriteEndArray();
                break;
            default:
                element.WriteTo(writer);
                break;
        }
    }
}
