using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using AuditLog.CloudEvents;
using AuditLog.Docs.Tests.Support;
using AuditLog.Integrity;
using AuditLog.Kafka;
using AuditLog.Kafka.Wire;
using AuditLog.Resources;

namespace AuditLog.Docs.Tests.Readme;

/// <summary>
/// README's example of the audit topic's record (the <c>```json record-value</c> block, indented for reading) is the value
/// the relay publishes, byte for byte once written compact: the event below, the first of its writer's chain, made into a
/// structured-mode record by the same code as the relay's.
/// </summary>
public sealed class WireExampleTests
{
    private static readonly Guid Writer = Guid.Parse("0192f0c1-7a2b-7c3d-9e4f-a1b2c3d4e5f6");

    [Fact]
    public void The_readme_record_value_is_what_the_relay_publishes()
    {
        var auditEvent = AuditEvents.Kafka.Topic.Create.For(new KafkaTopic("production", "website-orders"), AuditActor.User("alice@example.com", "Alice"))
            .WithMetadata("partitions", 6) with
        {
            Id = Guid.Parse("01927560-5ebb-7c3a-8f2e-1d6c9b8a7f00"),
            Time = new DateTimeOffset(2024, 10, 10, 7, 52, 7, TimeSpan.Zero).AddTicks(4_831_400),
            Client = new AuditClient("192.0.2.10", "console/1.27"),
            CorrelationId = "req-42",
        };
        var payload = AuditCloudEventMapper.ToJson(auditEvent);
        var hash = new ChainHasher(integrityKey: null).Hash(ChainHasher.Genesis.Span, Writer, 1, payload);
        var link = AuditChainLink.Of(Writer, 1, hash, ChainHasher.Genesis.Span, false);

        var record = AuditMessageWriter.Create(payload, auditEvent.Resource.Address, link, AuditMessageFormat.Structured);

        Compact(ReadmeExample().Text).Should().Be(Encoding.UTF8.GetString(record.Value), "README.md shows this record's value (regenerate the block from it when the wire format changes)");
    }

    [Fact]
    public void A_changed_example_no_longer_matches()
    {
        var example = ReadmeExample().Text;

        Compact(example.Replace("\"sequence\": \"0000000000000000001\"", "\"sequence\": \"0000000000000000002\"", StringComparison.Ordinal))
            .Should().NotBe(Compact(example));
    }

    private static MarkdownCodeBlock ReadmeExample() =>
        MarkdownCodeBlock.Read("README.md").Single(b => b.Language == "json" && b.Info.Contains("record-value"));

    // The members in their order, written without indentation, text escaped as the library escapes it.
    private static string Compact(string json)
    {
        using var document = JsonDocument.Parse(json);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            document.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
