using System.Text;
using AuditLog.CloudEvents;
using AuditLog.Integrity;
using AuditLog.Kafka.Wire;
using Confluent.Kafka;

namespace AuditLog.Kafka.Tests.Wire;

/// <summary>Stored payloads of catalogue events, their chain links, and records made from them.</summary>
internal static class WireSamples
{
    public static readonly Guid Writer = Guid.Parse("0192f0c1-7a2b-7c3d-9e4f-a1b2c3d4e5f6");

    public static readonly Guid Id = Guid.Parse("01927560-5ebb-7c3a-8f2e-1d6c9b8a7f00");

    public static readonly DateTimeOffset Time = new DateTimeOffset(2024, 10, 10, 7, 52, 7, TimeSpan.Zero).AddTicks(4_831_400);

    public const string Key = "integrity key ✓";

    /// <summary>Text the JSON writers escape, or not, in different ways: quotes, backslashes, non-ASCII, emoji, U+2028, NUL, controls.</summary>
    public const string Hostile = "say \"hi\" C:\\temp </script> Zoë 日本語 no\u00a0break 🚀 one\u2028two \0 \u0001\t\u001f";

    public static TheoryData<string, AuditMessageFormat> EveryEventTypeInBothModes
    {
        get
        {
            var data = new TheoryData<string, AuditMessageFormat>();
            foreach (var type in AuditCatalogue.All)
            {
                data.Add(type.Name, AuditMessageFormat.Structured);
                data.Add(type.Name, AuditMessageFormat.Binary);
            }

            return data;
        }
    }

    public static TheoryData<AuditMessageFormat> BothModes => new(AuditMessageFormat.Structured, AuditMessageFormat.Binary);

    /// <summary>An event of the type with every field set to <paramref name="text"/> (its printable part in the resource address).</summary>
    public static AuditEvent EveryFieldSet(AuditEventType type, string text = Hostile)
    {
        if (type is ConfluentEventType confluent)
        {
            return ConfluentEveryFieldSet(confluent, text);
        }

        var printable = new string(text.Where(c => !char.IsControl(c)).ToArray());
        var template = type.ResourceType.Template;
        var parts = template.Placeholders
            .Select(placeholder => placeholder switch
            {
                "uuid" => "6e8bc430-9c3a-11d9-9669-0800200c9a66",
                "email" => "bob@example.com",
                _ => printable,
            })
            .ToArray();
        var resource = AuditResource.Parse(type.ResourceType, template.Format(parts));
        return new AuditEvent
        {
            Id = Id,
            Time = Time,
            Type = type,
            Resource = resource,
            Actor = new AuditActor(ActorKind.User, text, text),
            Outcome = AuditOutcome.Failure(text),
            Metadata = resource.ToMetadata().With(text, text).With("partitions", 6),
            Client = new AuditClient(text, text),
            CorrelationId = text,
            TraceId = text,
        };
    }

    /// <summary>
    /// A Confluent event whose record has every member set: <paramref name="text"/> in every free string, the service and
    /// resource CRNs (which become <c>source</c> and <c>subject</c>) as Confluent writes them.
    /// </summary>
    public static AuditEvent ConfluentEveryFieldSet(ConfluentEventType type, string text = Hostile) =>
        type.Record(new ConfluentRecord(
            "crn://confluent.cloud/kafka=lkc-6k8r8q",
            text,
            Resources.ConfluentResource.Of(("kafka", "lkc-6k8r8q"), ("topic", "orders")),
            new ConfluentAuthenticationInfo(text) { Mechanism = text, Identifier = text, PrincipalResourceId = text, Identity = text })
        {
            AuthorizationInfo = new ConfluentAuthorizationInfo(false, text, text, text)
            {
                PatternType = text,
                SuperUserAuthorization = false,
                DryRun = true,
                AclAuthorization = new(text, text),
                RbacAuthorization = new(text) { Scope = System.Text.Json.JsonSerializer.SerializeToElement(new { outerScope = new[] { text } }) },
            },
            RequestMetadata = new ConfluentRequestMetadata { ClientAddress = text, RequestId = text, ConnectionId = text, ClientId = text },
            Request = System.Text.Json.JsonSerializer.SerializeToElement(new { correlationId = text }),
            Result = new ConfluentResult(text) { Message = text },
        }) with { Id = Id, Time = Time, CorrelationId = text, TraceId = text };

    public static AuditEvent TopicCreate() => EveryFieldSet(AuditEvents.Kafka.Topic.Create, "website-orders");

    /// <summary>The link the chain gives the payload at <paramref name="sequence"/>, hashed with <see cref="ChainHasher"/>.</summary>
    public static AuditChainLink Link(string payload, long sequence = 42, string? key = null)
    {
        var previous = new byte[ChainHasher.HashSize];
        previous[0] = 0x5a;
        var hash = new ChainHasher(key).Hash(previous, Writer, sequence, payload);
        return AuditChainLink.Of(Writer, sequence, hash, previous, key is not null);
    }

    public static Message<byte[], byte[]> Record(AuditEvent auditEvent, AuditMessageFormat format, string? key = null)
    {
        var payload = AuditCloudEventMapper.ToJson(auditEvent);
        return AuditMessageWriter.Create(payload, auditEvent.Resource.Address, Link(payload, key: key), format);
    }

    public static Message<byte[], byte[]> Structured(string value, string key = "//kafka/kafkacluster/website-orders/topic/website-orders") => new()
    {
        Key = Encoding.UTF8.GetBytes(key),
        Value = Encoding.UTF8.GetBytes(value),
        Headers = new Headers { { "content-type", "application/cloudevents+json; charset=UTF-8"u8.ToArray() } },
    };

    public static string Text(byte[] utf8) => Encoding.UTF8.GetString(utf8);

    public static string? HeaderText(this Message<byte[], byte[]> message, string name) =>
        message.Headers.TryGetLastBytes(name, out var value) ? Encoding.UTF8.GetString(value) : null;

    /// <summary>A copy of the record with its headers rebuilt by <paramref name="edit"/>.</summary>
    public static Message<byte[], byte[]> WithHeaders(this Message<byte[], byte[]> message, Action<List<(string Key, byte[]? Value)>> edit)
    {
        var list = message.Headers.Select(h => (h.Key, (byte[]?)h.GetValueBytes())).ToList();
        edit(list);
        var headers = new Headers();
        foreach (var (name, value) in list)
        {
            headers.Add(name, value);
        }

        return new Message<byte[], byte[]> { Key = message.Key, Value = message.Value, Headers = headers };
    }

    /// <summary>Compares every field; metadata as JSON text, so its key order counts.</summary>
    public static void ShouldBeSameEventAs(this AuditEvent actual, AuditEvent expected)
    {
        actual.Id.Should().Be(expected.Id);
        actual.Time.Should().Be(expected.Time);
        actual.Type.Should().BeSameAs(expected.Type);
        actual.Resource.Should().Be(expected.Resource);
        actual.Actor.Should().Be(expected.Actor);
        actual.Outcome.Should().Be(expected.Outcome);
        actual.Metadata.ToJson().Should().Be(expected.Metadata.ToJson());
        actual.Client.Should().Be(expected.Client);
        actual.CorrelationId.Should().Be(expected.CorrelationId);
        actual.TraceId.Should().Be(expected.TraceId);
    }
}
