using System.Collections.Frozen;
using System.Text.Json;

namespace AuditLog.Pipeline;

/// <summary>
/// Masks secrets before any sink sees the event: the values of secret-looking metadata keys (at any
/// depth) become <c>[REDACTED]</c>, and credentials inside string values and the outcome message
/// (URL passwords, secret <c>key=value</c> pairs, secret header lines) are masked in place.
/// </summary>
internal sealed class AuditEventRedactor
{
    public const string Mask = "[REDACTED]";
    private static readonly JsonElement MaskElement = JsonSerializer.SerializeToElement(Mask);

    // Confluent's audit record names some of its structures after what they describe; their members are ids,
    // operations and decisions, each still checked like any member (a secret inside one is masked).
    private static readonly FrozenSet<string> ConfluentSchemaStructures =
        new[] { "authenticationInfo", "authorizationInfo", "aclAuthorization", "rbacAuthorization" }.ToFrozenSet(StringComparer.Ordinal);
    private readonly SecretKeyMatcher keys;
    private readonly CredentialScrubber scrubber;

    public AuditEventRedactor(IEnumerable<string> redactedKeys)
    {
        keys = new SecretKeyMatcher(redactedKeys);
        scrubber = new CredentialScrubber(keys);
    }

    public AuditEvent Redact(AuditEvent auditEvent)
    {
        var metadata = auditEvent.Metadata;
        foreach (var (key, value) in auditEvent.Metadata)
        {
            if (IsSecretValue(key, value))
            {
                metadata = metadata.With(key, MaskElement);
            }
            else if (value.ValueKind == JsonValueKind.String)
            {
                // A plain string is scrubbed once: no need to look for a credential, then rewrite.
                var text = value.GetString()!;
                if (scrubber.Scrub(text) is var masked && masked != text)
                {
                    metadata = metadata.With(key, JsonSerializer.SerializeToElement(masked));
                }
            }
            else if (NeedsRedaction(value))
            {
                metadata = metadata.With(key, Rewrite(value));
            }
        }

        var outcome = auditEvent.Outcome;
        if (outcome.Message is { } message && scrubber.Scrub(message) is var scrubbed && scrubbed != message)
        {
            outcome = outcome with { Message = scrubbed };
        }

        return ReferenceEquals(metadata, auditEvent.Metadata) && ReferenceEquals(outcome, auditEvent.Outcome)
            ? auditEvent
            : auditEvent with { Metadata = metadata, Outcome = outcome };
    }

    public bool IsSecret(string key) => keys.IsSecret(key);

    // true, false and null carry no credential: a flag such as superUserAuthorization keeps its meaning. An object
    // under one of Confluent's schema structures (authorizationInfo…) is checked member by member, not masked whole.
    private bool IsSecretValue(string key, JsonElement value) =>
        value.ValueKind is not (JsonValueKind.True or JsonValueKind.False or JsonValueKind.Null)
        && !(value.ValueKind == JsonValueKind.Object && ConfluentSchemaStructures.Contains(key))
        && keys.IsSecret(key);

    private bool NeedsRedaction(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().Any(p => IsSecretValue(p.Name, p.Value) || NeedsRedaction(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().Any(NeedsRedaction),
        JsonValueKind.String => element.GetString() is { } text && scrubber.Scrub(text) != text,
        _ => false,
    };

    private JsonElement Rewrite(JsonElement element)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(element, writer);
        }

        using var document = JsonDocument.Parse(buffer.ToArray(), new JsonDocumentOptions { MaxDepth = AuditMetadata.MaxDepth + 2 });
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
                    if (IsSecretValue(property.Name, property.Value))
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
            case JsonValueKind.String:
                writer.WriteStringValue(scrubber.Scrub(element.GetString()!));
                break;
            default:
                element.WriteTo(writer);
                break;
        }
    }
}
