using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using AuditLog.Kafka.Wire;
using Confluent.Kafka;

namespace AuditLog.Kafka.Tests.Support;

/// <summary>What a consumer of the audit topic can check, asserted.</summary>
public static partial class TopicAssert
{
    /// <summary>
    /// Every committed event is on the topic exactly once, byte for byte, with its chain link and a hash that verifies;
    /// the records of one key keep their writer's order; every record follows the CloudEvents Kafka binding.
    /// </summary>
    public static void HoldsExactlyOnce(IReadOnlyList<ConsumeResult<byte[], byte[]>> records, IReadOnlyList<CommittedEvent> committed, AuditMessageFormat format = AuditMessageFormat.Structured)
    {
        foreach (var record in records)
        {
            FollowsTheBinding(record.Message, format);
        }

        var read = records.Select(r => (Record: r, Message: AuditMessageReader.Read(r.Message))).ToList();
        var duplicates = read.GroupBy(m => (m.Message.Link.Writer, m.Message.Link.Sequence)).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        duplicates.Should().BeEmpty("no event is on the topic twice");
        read.Select(m => m.Message.Event.Id).Distinct().Should().HaveCount(read.Count, "each event id is on the topic once");

        var expected = committed.ToDictionary(e => (e.Writer, e.Sequence));
        var missing = expected.Keys.Except(read.Select(m => (m.Message.Link.Writer, m.Message.Link.Sequence))).ToList();
        missing.Should().BeEmpty($"every committed event is on the topic ({missing.Count} of {committed.Count} missing, {read.Count} records, first missing {string.Join(", ", missing.Take(5))})");
        read.Should().HaveCount(committed.Count);

        foreach (var (_, message) in read)
        {
            var stored = expected[(message.Link.Writer, message.Link.Sequence)];
            message.Payload.Should().Equal(Encoding.UTF8.GetBytes(stored.Payload), "the record carries the stored payload unchanged");
            message.Link.Hash.Should().Be(ChainHashText.Format(stored.Hash, keyed: false));
            ChainHashVerifier.Check(message, []).Should().Be(ChainHashCheck.Match);
        }

        foreach (var partition in read.GroupBy(m => m.Record.Partition.Value))
        {
            foreach (var key in partition.OrderBy(m => m.Record.Offset.Value).GroupBy(m => (Encoding.UTF8.GetString(m.Record.Message.Key), m.Message.Link.Writer)))
            {
                key.Select(m => m.Message.Link.Sequence).Should().BeInAscendingOrder("the events of one key keep their order on its partition");
            }
        }
    }

    /// <summary>The CloudEvents Kafka protocol binding and JSON format rules, for one record.</summary>
    public static void FollowsTheBinding(Message<byte[], byte[]> message, AuditMessageFormat format)
    {
        var headers = message.Headers.ToDictionary(h => h.Key, h => Encoding.UTF8.GetString(h.GetValueBytes()));
        var key = Encoding.UTF8.GetString(message.Key);
        if (format == AuditMessageFormat.Structured)
        {
            headers.Should().ContainKey("content-type").WhoseValue.Should().Be("application/cloudevents+json; charset=UTF-8");
            headers.Keys.Should().NotContain(k => k.StartsWith("ce_", StringComparison.Ordinal), "structured mode carries the attributes in the value");
            using var json = JsonDocument.Parse(message.Value);
            var root = json.RootElement;
            root.ValueKind.Should().Be(JsonValueKind.Object);
            root.GetProperty("specversion").GetString().Should().Be("1.0");
            foreach (var required in new[] { "id", "source", "type" })
            {
                root.GetProperty(required).GetString().Should().NotBeNullOrEmpty();
            }

            foreach (var member in root.EnumerateObject().Where(m => m.Name != "data"))
            {
                member.Name.Should().MatchRegex(AttributeName().ToString(), "attribute names are lower-case letters and digits");
            }

            root.GetProperty("partitionkey").GetString().Should().Be(key);
            root.GetProperty("sequence").GetString().Should().MatchRegex("^[0-9]{19}$");
        }
        else
        {
            headers.Should().ContainKey("ce_specversion").WhoseValue.Should().Be("1.0");
            foreach (var required in new[] { "ce_id", "ce_source", "ce_type" })
            {
                headers.Should().ContainKey(required).WhoseValue.Should().NotBeEmpty();
            }

            headers.Should().ContainKey("content-type");
            foreach (var name in headers.Keys.Where(k => k != "content-type"))
            {
                name.Should().StartWith("ce_");
                name["ce_".Length..].Should().MatchRegex(AttributeName().ToString());
            }

            headers["ce_partitionkey"].Should().Be(key);
            headers["ce_sequence"].Should().MatchRegex("^[0-9]{19}$");
            using var data = JsonDocument.Parse(message.Value);
        }
    }

    [GeneratedRegex("^[a-z0-9]{1,20}$")]
    private static partial Regex AttributeName();
}
