using System.Text.Json;
using AuditLog.CloudEvents;
using CloudNative.CloudEvents;
using CloudNative.CloudEvents.SystemTextJson;
using static AuditLog.Tests.CloudEvents.AuditEventSamples;
using SdkCloudEvent = CloudNative.CloudEvents.CloudEvent;

namespace AuditLog.Tests.CloudEvents;

/// <summary>
/// The library's fast path and the official SDK agree, both ways: what the library writes reads
/// back through the SDK's <see cref="JsonEventFormatter"/> to the attributes and data of
/// <see cref="AuditCloudEventMapper.ToCloudEvent"/>, and the SDK's encoding of that event reads back
/// through <see cref="AuditCloudEventMapper.FromJson(ReadOnlySpan{byte})"/> to an equal audit event.
/// Run for every event type of the catalogue and for hostile text in every string field.
/// </summary>
public sealed class SdkDifferentialTests
{
    private static readonly JsonEventFormatter Sdk = new();

    // Text that breaks naive writers and readers: escapes, HTML, JavaScript line terminators,
    // NUL and other control characters, surrogate pairs, non-ASCII letters.
    private static readonly Dictionary<string, string> Hostile = new()
    {
        ["quotes"] = "say \"hi\" and 'bye'",
        ["backslashes"] = @"C:\temp\ \u0041 \\ \",
        ["script"] = "</script><script>alert(1)</script>",
        ["line separators"] = "one\u2028two\u2029three",
        ["nul"] = "before\0after",
        ["emoji"] = "🚀 surrogate pair 𝄞 and 👩‍👩‍👧",
        ["non-ascii"] = "Zoë Ñandú 日本語 Ελληνικά no\u00a0break",
        ["control characters"] = "\u0001\u0007\b\f\n\r\t\u001b\u001f\u007f\u0085",
    };

    public static TheoryData<string> EveryEventType => new(AuditCatalogue.All.Select(type => type.Name));

    public static TheoryData<string> EveryHostileText => new(Hostile.Keys);

    [Theory]
    [MemberData(nameof(EveryEventType))]
    public void The_sdk_reads_what_the_library_writes_for_every_event_type(string name)
    {
        var auditEvent = EveryFieldSet(AuditCatalogue.Find(name)!, string.Concat(Hostile.Values));

        SdkReadsLibraryBytes(auditEvent);
    }

    [Theory]
    [MemberData(nameof(EveryEventType))]
    public void The_library_reads_what_the_sdk_writes_for_every_event_type(string name)
    {
        var auditEvent = EveryFieldSet(AuditCatalogue.Find(name)!, string.Concat(Hostile.Values));

        LibraryReadsSdkBytes(auditEvent);
    }

    [Theory]
    [MemberData(nameof(EveryHostileText))]
    public void The_sdk_reads_what_the_library_writes_with_hostile_text_in_every_field(string hostile)
    {
        var auditEvent = EveryFieldSet(AuditEvents.Kafka.Topic.Create, Hostile[hostile]);

        SdkReadsLibraryBytes(auditEvent);
    }

    [Theory]
    [MemberData(nameof(EveryHostileText))]
    public void The_library_reads_what_the_sdk_writes_with_hostile_text_in_every_field(string hostile)
    {
        var auditEvent = EveryFieldSet(AuditEvents.Kafka.Topic.Create, Hostile[hostile]);

        LibraryReadsSdkBytes(auditEvent);
    }

    private static void SdkReadsLibraryBytes(AuditEvent auditEvent)
    {
        var expected = AuditCloudEventMapper.ToCloudEvent(auditEvent);

        var read = Sdk.DecodeStructuredModeMessage(AuditCloudEventMapper.ToUtf8Json(auditEvent), null, null);

        AttributesOf(read).Should().Equal(AttributesOf(expected));
        JsonElement.DeepEquals(read.Data.Should().BeOfType<JsonElement>().Subject, (JsonElement)expected.Data!).Should().BeTrue();
        AuditCloudEventMapper.FromCloudEvent(read).ShouldBeSameEventAs(auditEvent);
    }

    private static void LibraryReadsSdkBytes(AuditEvent auditEvent)
    {
        var written = Sdk.EncodeStructuredModeMessage(AuditCloudEventMapper.ToCloudEvent(auditEvent), out _);

        var read = AuditCloudEventMapper.FromJson(written.Span);

        read.ShouldBeSameEventAs(auditEvent);
    }

    // Every attribute, extensions included, in its canonical string form (a source as written).
    private static Dictionary<string, string> AttributesOf(SdkCloudEvent cloudEvent) =>
        cloudEvent.GetPopulatedAttributes().ToDictionary(pair => pair.Key.Name, pair => pair.Key.Format(pair.Value));

    // Every string field of the event holds the text. Resource parts cannot hold control characters
    // (the address template refuses them, and a CloudEvents source may not carry them): they get the
    // rest of the text, or a placeholder when nothing is left.
    private static AuditEvent EveryFieldSet(AuditEventType type, string text)
    {
        var printable = new string(text.Where(c => !char.IsControl(c)).ToArray());
        return Stamped(ForEveryType(type, text, () =>
        {
            var resource = SampleResource(type, printable.Length > 0 ? printable : "printable");
            return new AuditEvent
            {
                Type = type,
                Resource = resource,
                Actor = new AuditActor(ActorKind.User, text, text),
                Outcome = AuditOutcome.Failure(text),
                Metadata = resource.ToMetadata().With(text, text),
                Client = new AuditClient(text, text),
                CorrelationId = text,
                TraceId = text,
            };
        }));
    }
}
