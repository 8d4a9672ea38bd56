using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using AuditLog.CloudEvents;
using AuditLog.Kafka.Wire;
using static AuditLog.Kafka.Tests.Wire.WireSamples;

namespace AuditLog.Kafka.Tests.Wire;

/// <summary>The records the writer makes follow docs/kafka.md and the CloudEvents Kafka protocol binding.</summary>
public sealed partial class AuditMessageWriterTests
{
    private static readonly string[] ChainMembers = ["partitionkey", "auditlogwriter", "sequence", "auditloghash", "auditlogprevhash"];

    public static TheoryData<AuditMessageFormat> Modes => BothModes;

    [Theory]
    [MemberData(nameof(Modes))]
    public void The_key_is_the_resource_address_in_utf8(AuditMessageFormat format)
    {
        var auditEvent = EveryFieldSet(AuditEvents.Kafka.Topic.Create);

        var message = Record(auditEvent, format);

        Text(message.Key).Should().Be(auditEvent.Resource.Address);
    }

    [Fact]
    public void A_structured_value_is_the_payload_with_the_chain_members_spliced_in_before_its_last_brace()
    {
        var payload = AuditCloudEventMapper.ToJson(TopicCreate());
        var link = Link(payload, 42);

        var message = AuditMessageWriter.Create(payload, TopicCreate().Resource.Address, link, AuditMessageFormat.Structured);

        Text(message.Value).Should().Be(
            payload[..^1]
            + $",\"partitionkey\":\"{TopicCreate().Resource.Address}\",\"auditlogwriter\":\"{Writer:D}\",\"sequence\":\"0000000000000000042\""
            + $",\"auditloghash\":\"{link.Hash}\",\"auditlogprevhash\":\"{link.PreviousHash}\"}}");
        message.HeaderText("content-type").Should().Be("application/cloudevents+json; charset=UTF-8");
        message.Headers.Should().ContainSingle();
    }

    [Fact]
    public void A_structured_value_is_a_valid_cloudevent_whose_chain_attributes_are_string_extensions()
    {
        var message = Record(EveryFieldSet(AuditEvents.Kafka.Topic.Create), AuditMessageFormat.Structured);

        var cloudEvent = CloudEventJsonFormatter.Parse(message.Value);

        cloudEvent.Extensions.Keys.Should().Equal(ChainMembers);
        cloudEvent.Extensions.Keys.Should().AllSatisfy(name => name.Should().MatchRegex("^[a-z0-9]{1,20}$"));
        cloudEvent.Extensions.Values.Should().AllBeOfType<string>();
    }

    [Fact]
    public void The_chain_members_are_the_last_members_of_a_structured_value_in_order()
    {
        var message = Record(TopicCreate(), AuditMessageFormat.Structured);

        using var document = JsonDocument.Parse(message.Value);

        document.RootElement.EnumerateObject().Select(member => member.Name).TakeLast(5).Should().Equal(ChainMembers);
    }

    [Fact]
    public void Binary_headers_carry_every_attribute_with_the_ce_prefix_and_the_data_content_type()
    {
        var auditEvent = EveryFieldSet(AuditEvents.Kafka.Topic.Create);
        var payload = AuditCloudEventMapper.ToJson(auditEvent);
        var link = Link(payload);

        var message = AuditMessageWriter.Create(payload, auditEvent.Resource.Address, link, AuditMessageFormat.Binary);

        message.Headers.Select(h => h.Key).Should().Equal(
            "content-type", "ce_specversion", "ce_id", "ce_source", "ce_type", "ce_time",
            "ce_partitionkey", "ce_auditlogwriter", "ce_sequence", "ce_auditloghash", "ce_auditlogprevhash");
        message.HeaderText("content-type").Should().Be("application/json");
        message.HeaderText("ce_specversion").Should().Be("1.0");
        message.HeaderText("ce_id").Should().Be(Id.ToString("D"));
        message.HeaderText("ce_source").Should().Be(auditEvent.Resource.Address);
        message.HeaderText("ce_type").Should().Be(auditEvent.Type.CloudEventType);
        message.HeaderText("ce_time").Should().Be("2024-10-10T07:52:07.483140Z");
        message.HeaderText("ce_partitionkey").Should().Be(auditEvent.Resource.Address);
        message.HeaderText("ce_auditlogwriter").Should().Be(Writer.ToString("D"));
        message.HeaderText("ce_sequence").Should().Be("0000000000000000042");
        message.HeaderText("ce_auditloghash").Should().Be(link.Hash);
        message.HeaderText("ce_auditlogprevhash").Should().Be(link.PreviousHash);
    }

    [Fact]
    public void Binary_header_names_follow_the_kafka_binding_and_values_are_utf8()
    {
        var message = Record(EveryFieldSet(AuditEvents.Kafka.Topic.Create), AuditMessageFormat.Binary);

        message.Headers.Where(h => h.Key != "content-type")
            .Should().AllSatisfy(h => h.Key.Should().MatchRegex("^ce_[a-z0-9]{1,20}$"));
        message.Headers.Should().AllSatisfy(h => System.Text.Unicode.Utf8.IsValid(h.GetValueBytes()).Should().BeTrue());
    }

    [Fact]
    public void A_binary_value_is_the_data_member_byte_for_byte()
    {
        var auditEvent = EveryFieldSet(AuditEvents.Kafka.Topic.Create);
        var payload = AuditCloudEventMapper.ToUtf8Json(auditEvent);
        var start = Encoding.UTF8.GetBytes(",\"data\":").Length + payload.AsSpan().IndexOf(",\"data\":"u8);

        var message = Record(auditEvent, AuditMessageFormat.Binary);

        message.Value.Should().Equal(payload[start..^1]);
    }

    [Theory]
    [InlineData(1, "0000000000000000001")]
    [InlineData(42, "0000000000000000042")]
    [InlineData(1_000_000_007, "0000000001000000007")]
    [InlineData(long.MaxValue, "9223372036854775807")]
    public void The_sequence_is_written_as_19_digits(long sequence, string expected)
    {
        var payload = AuditCloudEventMapper.ToJson(TopicCreate());

        var structured = AuditMessageWriter.Create(payload, TopicCreate().Resource.Address, Link(payload, sequence), AuditMessageFormat.Structured);
        var binary = AuditMessageWriter.Create(payload, TopicCreate().Resource.Address, Link(payload, sequence), AuditMessageFormat.Binary);

        JsonDocument.Parse(structured.Value).RootElement.GetProperty("sequence").GetString().Should().Be(expected);
        binary.HeaderText("ce_sequence").Should().Be(expected);
    }

    [Fact]
    public void Sequences_in_text_order_are_in_numeric_order()
    {
        long[] sequences = [1, 9, 10, 99, 100, 12_345, 999_999_999_999, long.MaxValue];
        var payload = AuditCloudEventMapper.ToJson(TopicCreate());

        var texts = sequences
            .Select(s => AuditMessageWriter.Create(payload, TopicCreate().Resource.Address, Link(payload, s), AuditMessageFormat.Binary).HeaderText("ce_sequence")!)
            .ToArray();

        texts.Should().BeInAscendingOrder(StringComparer.Ordinal);
    }

    [Theory]
    [InlineData("quotes \" and backslashes \\")]
    [InlineData("unicode Zoë 日本語 🚀")]
    [InlineData("controls \0 \u0001 \n \t \u001f and U+2028 \u2028")]
    public void The_partition_key_is_escaped_so_the_value_stays_valid_json(string address)
    {
        var payload = AuditCloudEventMapper.ToJson(TopicCreate());

        var message = AuditMessageWriter.Create(payload, address, Link(payload), AuditMessageFormat.Structured);

        using var document = JsonDocument.Parse(message.Value);
        document.RootElement.GetProperty("partitionkey").GetString().Should().Be(address);
        Text(message.Key).Should().Be(address);
        RawControlCharacter().IsMatch(Text(message.Value)).Should().BeFalse();
    }

    [Theory]
    [InlineData("")]
    [InlineData("{}")]
    [InlineData("{ }")]
    [InlineData("[1,2]")]
    [InlineData("{\"id\":\"x\"")]
    public void A_payload_that_is_not_an_object_with_members_is_refused(string payload)
    {
        var create = () => AuditMessageWriter.Create(payload, "//kafka/x", Link("{}"), AuditMessageFormat.Structured);

        create.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("payload");
    }

    [Theory]
    [InlineData("{ \"specversion\":\"1.0\"}")]
    [InlineData("{\"id\":\"x\",\"specversion\":\"1.0\"}")]
    public void Binary_mode_refuses_a_payload_it_could_not_rebuild(string payload)
    {
        var create = () => AuditMessageWriter.Create(payload, "//kafka/x", Link("{}"), AuditMessageFormat.Binary);

        create.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("payload");
    }

    [Fact]
    public void Binary_mode_refuses_a_payload_with_extra_whitespace()
    {
        var payload = AuditCloudEventMapper.ToJson(TopicCreate()).Replace(",\"data\":", ", \"data\":", StringComparison.Ordinal);

        var create = () => AuditMessageWriter.Create(payload, TopicCreate().Resource.Address, Link(payload), AuditMessageFormat.Binary);

        create.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("payload");
    }

    [Fact]
    public void Binary_mode_refuses_a_payload_with_a_subject_the_rebuild_would_drop()
    {
        var payload = AuditCloudEventMapper.ToJson(TopicCreate()).Replace(",\"time\":", ",\"subject\":\"s\",\"time\":", StringComparison.Ordinal);

        var create = () => AuditMessageWriter.Create(payload, TopicCreate().Resource.Address, Link(payload), AuditMessageFormat.Binary);

        create.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("payload");
    }

    [Fact]
    public void Binary_mode_refuses_a_resource_address_that_is_not_the_source()
    {
        var payload = AuditCloudEventMapper.ToJson(TopicCreate());

        var create = () => AuditMessageWriter.Create(payload, "//kafka/kafkacluster/other/topic/other", Link(payload), AuditMessageFormat.Binary);

        create.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("resourceAddress");
    }

    [GeneratedRegex("[\u0000-\u001f]")]
    private static partial Regex RawControlCharacter();
}
