using System.Buffers;
using System.Collections.Frozen;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

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

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SchemaStructuresBySpan =
        ConfluentSchemaStructures.GetAlternateLookup<ReadOnlySpan<char>>();

    private const int MaxStackKeyBytes = 128;
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
        foreach (var (key, value) in auditEvent.Metadata.Entries)
        {
            if (IsSecretValue(key, value))
            {
                metadata = metadata.With(key, MaskElement);
            }
            else if (value.ValueKind == JsonValueKind.String)
            {
                if (!MayHoldCredential(value))
                {
                    continue;
                }

                // A plain string is scrubbed once: no need to look for a credential, then rewrite.
                var text = value.GetString()!;
                if (scrubber.Scrub(text) is var masked && masked != text)
                {
                    metadata = metadata.With(key, JsonSerializer.SerializeToElement(masked));
                }
            }
            else if (NeedsRedaction(value, out var found))
            {
                metadata = metadata.With(key, Rewrite(value, found));
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
    private bool IsSecretValue(ReadOnlySpan<char> key, JsonElement value) =>
        value.ValueKind is not (JsonValueKind.True or JsonValueKind.False or JsonValueKind.Null)
        && !(value.ValueKind == JsonValueKind.Object && SchemaStructuresBySpan.Contains(key))
        && keys.IsSecret(key);

    // A member's name is read from its raw UTF-8 when it is short and unescaped, so no string is made for it.
    private bool IsSecretValue(JsonProperty property)
    {
        var raw = JsonMarshal.GetRawUtf8PropertyName(property);
        if (raw.Length > MaxStackKeyBytes || !TextRules.IsPlainUtf8(raw))
        {
            return IsSecretValue(property.Name, property.Value);
        }

        Span<char> name = stackalloc char[MaxStackKeyBytes];
        return IsSecretValue(name[..Encoding.UTF8.GetChars(raw, name)], property.Value);
    }

    // found: the string whose scrubbing showed the need, so the rewrite need not scrub it a second time.
    private bool NeedsRedaction(JsonElement element, out Scrubbed? found)
    {
        found = null;
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (IsSecretValue(property) || NeedsRedaction(property.Value, out found))
                    {
                        return true;
                    }
                }

                return false;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    if (NeedsRedaction(item, out found))
                    {
                        return true;
                    }
                }

                return false;
            case JsonValueKind.String:
                if (MayHoldCredential(element) && element.GetString() is { } text && scrubber.Scrub(text) is var masked && masked != text)
                {
                    found = new Scrubbed(text, masked);
                    return true;
                }

                return false;
            default:
                return false;
        }
    }

    // Scrub changes only text with '=' or ':' (an escape may spell one): a string of valid UTF-8 with neither, nor a
    // backslash, is left as it is without decoding it.
    private static bool MayHoldCredential(JsonElement value) =>
        JsonMarshal.GetRawUtf8Value(value) is var raw && (raw.IndexOfAny("=:\\"u8) >= 0 || !Utf8.IsValid(raw));

    private JsonElement Rewrite(JsonElement element, Scrubbed? found)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(element, writer, found);
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory, new JsonDocumentOptions { MaxDepth = AuditMetadata.MaxDepth + 2 });
        return document.RootElement.Clone();
    }

    private void Write(JsonElement element, Utf8JsonWriter writer, Scrubbed? found)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var property in element.EnumerateObject())
                {
                    WritePropertyName(property, writer);
                    if (IsSecretValue(property))
                    {
                        writer.WriteStringValue(Mask);
                    }
                    else
                    {
                        Write(property.Value, writer, found);
                    }
                }

                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in element.EnumerateArray())
                {
                    Write(item, writer, found);
                }

                writer.WriteEndArray();
                break;
            case JsonValueKind.String when MayHoldCredential(element):
                var text = element.GetString()!;
                writer.WriteStringValue(found is { } known && known.Text == text ? known.Masked : scrubber.Scrub(text));
                break;
            default:
                element.WriteTo(writer);
                break;
        }
    }

    // The writer escapes the name as it would the decoded string: an unescaped raw name is written without decoding it.
    private static void WritePropertyName(JsonProperty property, Utf8JsonWriter writer)
    {
        var raw = JsonMarshal.GetRawUtf8PropertyName(property);
        if (!TextRules.IsPlainUtf8(raw))
        {
            writer.WritePropertyName(property.Name);
        }
        else
        {
            writer.WritePropertyName(raw);
        }
    }

    /// <summary>A string and what scrubbing made of it.</summary>
    private readonly record struct Scrubbed(string Text, string Masked);
}
