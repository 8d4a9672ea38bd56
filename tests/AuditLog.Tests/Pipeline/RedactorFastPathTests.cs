using System.Text.Json;
using AuditLog.Pipeline;
using AuditLog.Tests.Support;

namespace AuditLog.Tests.Pipeline;

/// <summary>
/// The redactor's shortcuts (remembered key decisions, raw UTF-8 reads, a look for a secret before rewriting) mask
/// exactly what the full redaction masks, with look-alike keys, escaped JSON and hostile text included.
/// </summary>
public sealed class RedactorFastPathTests
{
    private static readonly string[] DefaultKeys = [.. new AuditLogOptions().RedactedKeys];

    private static readonly string[] Keys =
    [
        "password", "Password", "pa\u200Bssword", "p\u0430ssword", "\uFF50\uFF41\uFF53\uFF53\uFF57\uFF4F\uFF52\uFF44",
        "pass-word", "pass.word", "pass_word", "p\u00ADassword", "pa\u0301ssword", "name", "cluster", "partitions",
        "authorizationInfo", "authenticationInfo", "principal", "tokenizer", "\u0442oken", "jaas", "x", "\uD800", "a\0b",
        new string('k', 200) + "secret", new string('k', 200),
    ];

    private static readonly string[] Texts =
    [
        .. DoorHostileText.Values,
        "crn://confluent.cloud/organization=o-1/environment=env-1/cloud-cluster=lkc-1/kafka=lkc-1/topic=orders",
        "User:sa-abc123", "a = b; password = 'x y'", "Token:abc\nCookie: c=d", "p\u0430ssword=x", "url=https://u:p@h/x",
        "jdbc:postgresql://db:5432/orders?user=app&password=hunter2", "\u003d\u003a", "k.e.y=value&pwd=\"quoted x\"",
        "password\t=\t\"x\"", "pwd =\u2003x", "Cookie:\t a=b\r\nX: y", "secret==x", "password=", "token='unterminated",
        "password=\"unterminated", "a=1;password=2;b=3;token=4", "Authorization:Bearer x\nauthorization :  y\r\nname: z",
        " password=x", "password =\n x", "x\npassword: y", "pass\u200Bword=x&p\u0430ssword=y", "password=x&password=y",
        "user:pass@host password=z", "https://u:p@h/?token=t", "key=\"a b\" secret='c d' pwd=e f",
    ];

    public static TheoryData<string> TextData() => [.. Texts];

    public static TheoryData<string> KeyData() => [.. Keys];

    [Theory]
    [MemberData(nameof(TextData))]
    public void Scrub_masks_what_scrubbing_every_pattern_masks(string text)
    {
        var scrubber = new CredentialScrubber(new SecretKeyMatcher(DefaultKeys));

        scrubber.Scrub(text).Should().Be(scrubber.ScrubAll(text));
    }

    [Theory]
    [MemberData(nameof(KeyData))]
    public void A_remembered_decision_is_the_decision_made_afresh(string key)
    {
        var matcher = new SecretKeyMatcher(DefaultKeys);
        var expected = matcher.Decide(key);

        matcher.IsSecret(key).Should().Be(expected, "the first time");
        matcher.IsSecret(key).Should().Be(expected, "the second time, remembered");
        matcher.IsSecret(key.AsSpan()).Should().Be(expected, "asked with a span");
    }

    [Fact]
    public void Many_distinct_keys_are_answered_correctly_and_the_cache_stays_bounded()
    {
        var matcher = new SecretKeyMatcher(DefaultKeys);

        for (var round = 0; round < 2; round++)
        {
            for (var i = 0; i < SecretKeyMatcher.CacheCapacity * 3; i++)
            {
                matcher.IsSecret($"password{i}").Should().BeTrue();
                matcher.IsSecret($"name{i}").Should().BeFalse();
            }
        }

        matcher.CachedCount.Should().BeLessThanOrEqualTo(SecretKeyMatcher.CacheCapacity);
    }

    [Fact]
    public void Long_keys_are_answered_but_not_remembered()
    {
        var matcher = new SecretKeyMatcher(DefaultKeys);

        matcher.IsSecret(new string('k', SecretKeyMatcher.MaxCachedKeyLength + 1) + "token").Should().BeTrue();

        matcher.CachedCount.Should().Be(0);
    }

    [Fact]
    public void Keys_are_decided_alike_from_many_threads()
    {
        var matcher = new SecretKeyMatcher(DefaultKeys);
        var wrong = 0;

        Parallel.For(0, 8, _ =>
        {
            for (var i = 0; i < 2_000; i++)
            {
                if (matcher.IsSecret($"token{i % 300}") != true || matcher.IsSecret($"topic{i % 300}") != false)
                {
                    Interlocked.Increment(ref wrong);
                }
            }
        });

        wrong.Should().Be(0);
    }

    public static TheoryData<string> Metadata()
    {
        var data = new TheoryData<string>
        {
            """{"note":"password\u003dhunter2"}""",
            """{"note":"pass\u0077ord=hunter2"}""",
            """{"url":"postgresql://app:hunter2\u0040db/orders"}""",
            """{"pa\u0073sword":"x","n":1}""",
            """{"cfg":{"pa\u0073sword":"x","p\u0430ssword":"y","pa​ssword":"z","ok":"a=b","t":true}}""",
            """{"authorizationInfo":{"granted":true,"token":"x","operation":"Write"},"authenticationInfo":"secret"}""",
            """{"list":[{"token":"x"},"pwd=y","Cookie: c","\u003a"],"password":null,"secret":false}""",
            """{"deep":{"a":{"b":{"c":["url=https://u:p@h/x", {"Authorization":"Bearer x"}]}}}}""",
        };
        foreach (var text in Texts)
        {
            data.Add(JsonSerializer.Serialize(new Dictionary<string, object> { ["note"] = text, ["nested"] = new Dictionary<string, object> { ["v"] = new[] { text } } }));
        }

        foreach (var key in Keys.Where(k => !k.Contains('\0', StringComparison.Ordinal) && !k.Contains('\uD800', StringComparison.Ordinal)))
        {
            data.Add(JsonSerializer.Serialize(new Dictionary<string, object> { [key] = "v", ["o"] = new Dictionary<string, object> { [key] = "v", ["k"] = new Dictionary<string, object> { [key] = 1 } } }));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Metadata))]
    public void Redaction_masks_what_the_full_walk_masks(string json)
    {
        using var document = JsonDocument.Parse(json);
        var auditEvent = SampleEvents.TopicCreated() with
        {
            Metadata = AuditMetadata.FromJson(document.RootElement),
            Outcome = AuditOutcome.Failure("password=hunter2 and more"),
        };

        var redacted = new AuditEventRedactor(DefaultKeys).Redact(auditEvent);

        var reference = new ReferenceRedaction(DefaultKeys);
        redacted.Metadata.ToJson().Should().Be(reference.Redact(auditEvent.Metadata));
        redacted.Outcome.Message.Should().Be(reference.Scrub(auditEvent.Outcome.Message!));
    }

    [Fact]
    public void An_event_with_nothing_to_mask_is_returned_as_it_was()
    {
        var auditEvent = SampleEvents.TopicCreated().WithMetadata("note", "crn://confluent.cloud/kafka=lkc-1/topic=orders");

        new AuditEventRedactor(DefaultKeys).Redact(auditEvent).Should().BeSameAs(auditEvent);
    }

    // The redaction as first written: every key decided afresh, every string decoded and scrubbed by every pattern.
    private sealed class ReferenceRedaction(IEnumerable<string> redactedKeys)
    {
        private static readonly string[] Structures = ["authenticationInfo", "authorizationInfo", "aclAuthorization", "rbacAuthorization"];
        private readonly SecretKeyMatcher keys = new(redactedKeys);

        public string Scrub(string text) => new CredentialScrubber(keys).ScrubAll(text);

        public string Redact(AuditMetadata metadata)
        {
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartObject();
                foreach (var (key, value) in metadata)
                {
                    writer.WritePropertyName(key);
                    Write(key, value, writer);
                }

                writer.WriteEndObject();
            }

            return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
        }

        private bool IsSecretValue(string key, JsonElement value) =>
            value.ValueKind is not (JsonValueKind.True or JsonValueKind.False or JsonValueKind.Null)
            && !(value.ValueKind == JsonValueKind.Object && Structures.Contains(key))
            && keys.Decide(key);

        private void Write(string key, JsonElement value, Utf8JsonWriter writer)
        {
            if (IsSecretValue(key, value))
            {
                writer.WriteStringValue(AuditEventRedactor.Mask);
                return;
            }

            switch (value.ValueKind)
            {
                case JsonValueKind.Object:
                    writer.WriteStartObject();
                    foreach (var property in value.EnumerateObject())
                    {
                        writer.WritePropertyName(property.Name);
                        Write(property.Name, property.Value, writer);
                    }

                    writer.WriteEndObject();
                    break;
                case JsonValueKind.Array:
                    writer.WriteStartArray();
                    foreach (var item in value.EnumerateArray())
                    {
                        Write(string.Empty, item, writer);
                    }

                    writer.WriteEndArray();
                    break;
                case JsonValueKind.String:
                    writer.WriteStringValue(Scrub(value.GetString()!));
                    break;
                default:
                    value.WriteTo(writer);
                    break;
            }
        }
    }
}
