using System.Text;
using AuditLog.CloudEvents;
using AuditLog.Kafka.Wire;
using Confluent.Kafka;
using static AuditLog.Kafka.Tests.Wire.WireSamples;

namespace AuditLog.Kafka.Tests.Wire;

/// <summary>Records from whoever can write to the topic: each broken rule is an <see cref="AuditEventFormatException"/> naming the part.</summary>
public sealed class AuditMessageReaderTests
{
    private const string Secret = "hunter2-secret-password";

    public static TheoryData<string> BinaryHeaders => new(
        "content-type", "ce_specversion", "ce_id", "ce_source", "ce_type", "ce_time",
        "ce_partitionkey", "ce_auditlogwriter", "ce_sequence", "ce_auditloghash", "ce_auditlogprevhash");

    [Fact]
    public void A_record_with_neither_content_type_nor_ce_specversion_is_refused()
    {
        var message = Record(TopicCreate(), AuditMessageFormat.Structured).WithHeaders(h => h.Clear());

        ReadFails(message).Attribute.Should().Be("content-type");
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("text/plain")]
    [InlineData("application/cloudevents+json; charset=ISO-8859-1")]
    [InlineData("application/cloudevents-batch+json")]
    public void A_structured_record_with_another_content_type_is_refused(string contentType)
    {
        var message = Record(TopicCreate(), AuditMessageFormat.Structured)
            .WithHeaders(h => h[0] = ("content-type", Encoding.UTF8.GetBytes(contentType)));

        ReadFails(message).Attribute.Should().Be("content-type");
    }

    [Theory]
    [InlineData("application/cloudevents+json")]
    [InlineData("Application/CloudEvents+JSON;charset=utf-8")]
    public void A_structured_content_type_is_matched_as_a_media_type(string contentType)
    {
        var message = Record(TopicCreate(), AuditMessageFormat.Structured)
            .WithHeaders(h => h[0] = ("content-type", Encoding.UTF8.GetBytes(contentType)));

        AuditMessageReader.Read(message).Event.ShouldBeSameEventAs(TopicCreate());
    }

    [Fact]
    public void A_structured_record_with_two_content_types_is_refused()
    {
        var message = Record(TopicCreate(), AuditMessageFormat.Structured)
            .WithHeaders(h => h.Add(("content-type", "application/cloudevents+json"u8.ToArray())));

        ReadFails(message).Attribute.Should().Be("content-type");
    }

    [Fact]
    public void A_structured_record_with_a_ce_header_is_refused()
    {
        var message = Record(TopicCreate(), AuditMessageFormat.Structured).WithHeaders(h => h.Add(("ce_subject", "x"u8.ToArray())));

        ReadFails(message).Attribute.Should().Be("ce_subject");
    }

    [Theory]
    [MemberData(nameof(AuditMessageRoundTripTests.Modes), MemberType = typeof(AuditMessageRoundTripTests))]
    public void A_record_without_a_key_is_refused(AuditMessageFormat format)
    {
        var message = Record(TopicCreate(), format);
        message.Key = null!;

        ReadFails(message).Attribute.Should().Be("key");
    }

    [Theory]
    [MemberData(nameof(AuditMessageRoundTripTests.Modes), MemberType = typeof(AuditMessageRoundTripTests))]
    public void A_record_without_a_value_is_refused(AuditMessageFormat format)
    {
        var message = Record(TopicCreate(), format);
        message.Value = null!;

        ReadFails(message).Attribute.Should().Be("value");
    }

    [Fact]
    public void A_huge_value_is_refused_before_it_is_parsed()
    {
        var message = Record(TopicCreate(), AuditMessageFormat.Structured);
        message.Value = new byte[AuditMessageReader.MaxValueBytes + 1];

        ReadFails(message).Attribute.Should().Be("value");
    }

    [Fact]
    public void A_value_that_is_not_utf8_is_refused()
    {
        var message = Record(TopicCreate(), AuditMessageFormat.Structured);
        message.Value = [.. message.Value[..20], 0xC3, 0x28, .. message.Value[20..]];

        ReadFails(message).Attribute.Should().Be("value");
    }

    [Fact]
    public void A_key_that_is_not_utf8_is_refused()
    {
        var message = Record(TopicCreate(), AuditMessageFormat.Structured);
        message.Key = [0xFF, 0xFE];

        ReadFails(message).Attribute.Should().Be("key");
    }

    [Fact]
    public void A_key_other_than_the_partition_key_is_refused()
    {
        var message = Record(TopicCreate(), AuditMessageFormat.Structured);
        message.Key = "//kafka/kafkacluster/other/topic/other"u8.ToArray();

        ReadFails(message).Attribute.Should().Be("partitionkey");
    }

    [Fact]
    public void A_key_and_partition_key_other_than_the_source_are_refused()
    {
        var payload = AuditCloudEventMapper.ToJson(TopicCreate());
        var message = AuditMessageWriter.Create(payload, "//kafka/kafkacluster/other/topic/other", Link(payload), AuditMessageFormat.Structured);

        ReadFails(message).Attribute.Should().Be("key");
    }

    [Theory]
    [InlineData(10)]
    [InlineData(200)]
    [InlineData(-1)]
    public void A_truncated_structured_value_is_refused(int length)
    {
        var message = Record(TopicCreate(), AuditMessageFormat.Structured);
        message.Value = message.Value[..(length < 0 ? message.Value.Length - 1 : length)];

        ReadFails(message).Attribute.Should().BeNull();
    }

    [Fact]
    public void A_structured_value_that_is_not_an_object_is_refused()
    {
        ReadFails(Structured("[1,2,3]")).Attribute.Should().BeNull();
    }

    [Theory]
    [InlineData("partitionkey")]
    [InlineData("auditlogwriter")]
    [InlineData("sequence")]
    [InlineData("auditloghash")]
    [InlineData("auditlogprevhash")]
    public void A_structured_value_missing_a_chain_member_is_refused(string member)
    {
        var value = StructuredValue();
        value = value.Replace(Member(value, member), string.Empty, StringComparison.Ordinal);

        ReadFails(Structured(value)).Attribute.Should().Be(member);
    }

    [Fact]
    public void A_structured_value_without_chain_members_is_refused()
    {
        var payload = AuditCloudEventMapper.ToJson(TopicCreate());

        ReadFails(Structured(payload)).Attribute.Should().Be("partitionkey");
    }

    [Fact]
    public void Chain_members_out_of_order_are_refused()
    {
        var value = StructuredValue();
        var writer = Member(value, "auditlogwriter");
        var sequence = Member(value, "sequence");
        value = value.Replace(writer + sequence, sequence + writer, StringComparison.Ordinal);

        var error = ReadFails(Structured(value));

        error.Attribute.Should().Be("auditlogwriter");
        error.Rule.Should().StartWith("is required before 'sequence'");
    }

    [Fact]
    public void A_duplicated_chain_member_is_refused()
    {
        var value = StructuredValue();
        value = value.Insert(value.Length - 1, Member(value, "auditloghash"));

        var error = ReadFails(Structured(value));

        error.Attribute.Should().Be("auditloghash");
        error.Rule.Should().Be("must appear once");
    }

    [Fact]
    public void A_member_after_the_chain_members_is_refused()
    {
        var value = StructuredValue();
        value = value.Insert(value.Length - 1, ",\"subject\":\"x\"");

        ReadFails(Structured(value)).Attribute.Should().Be("partitionkey");
    }

    [Fact]
    public void A_structured_value_that_is_only_chain_members_is_refused()
    {
        var value = StructuredValue();
        value = "{" + value[(value.IndexOf(",\"partitionkey\"", StringComparison.Ordinal) + 1)..];

        ReadFails(Structured(value)).Attribute.Should().Be("partitionkey");
    }

    [Theory]
    [InlineData("42")]
    [InlineData("000000000000000042")]
    [InlineData("00000000000000000042")]
    [InlineData("000000000000000004a")]
    [InlineData("+000000000000000042")]
    [InlineData("0000000000000000000")]
    [InlineData("9999999999999999999")]
    public void A_bad_sequence_is_refused(string sequence)
    {
        var value = StructuredValue().Replace("\"0000000000000000042\"", $"\"{sequence}\"", StringComparison.Ordinal);

        ReadFails(Structured(value)).Attribute.Should().Be("sequence");
    }

    [Fact]
    public void A_sequence_that_is_a_number_is_refused()
    {
        var value = StructuredValue().Replace("\"0000000000000000042\"", "42", StringComparison.Ordinal);

        ReadFails(Structured(value)).Attribute.Should().Be("sequence");
    }

    [Theory]
    [InlineData("md5:0123")]
    [InlineData("sha256:ABCDEF")]
    [InlineData("sha256:" + Secret)]
    [InlineData("SHA256:5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a")]
    [InlineData("sha256:5A5A5A5A5A5A5A5A5A5A5A5A5A5A5A5A5A5A5A5A5A5A5A5A5A5A5A5A5A5A5A5A")]
    [InlineData("sha256:5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a00")]
    public void A_bad_previous_hash_is_refused_without_repeating_it(string hash)
    {
        var value = StructuredValue().Replace(Link(AuditCloudEventMapper.ToJson(TopicCreate())).PreviousHash, hash, StringComparison.Ordinal);

        var error = ReadFails(Structured(value));

        error.Attribute.Should().Be("auditlogprevhash");
        error.Message.Should().NotContain(Secret).And.NotContain("ABCDEF").And.NotContain("5a5a");
    }

    [Fact]
    public void A_writer_id_in_upper_case_is_refused()
    {
        var value = StructuredValue().Replace(Writer.ToString("D"), Writer.ToString("D").ToUpperInvariant(), StringComparison.Ordinal);

        ReadFails(Structured(value)).Attribute.Should().Be("auditlogwriter");
    }

    [Fact]
    public void A_partition_key_with_an_unpaired_surrogate_escape_is_refused()
    {
        var value = StructuredValue();
        value = value.Replace(Member(value, "partitionkey"), ",\"partitionkey\":\"\\ud800\"", StringComparison.Ordinal);

        ReadFails(Structured(value)).Attribute.Should().Be("partitionkey");
    }

    [Fact]
    public void A_partition_key_written_with_escapes_reads_as_its_text()
    {
        var value = StructuredValue().Replace(",\"partitionkey\":\"//kafka", ",\"partitionkey\":\"\\u002F/kafka", StringComparison.Ordinal);

        AuditMessageReader.Read(Structured(value)).Event.ShouldBeSameEventAs(TopicCreate());
    }

    [Fact]
    public void A_stored_payload_that_is_not_an_audit_event_is_refused_by_the_core_reader()
    {
        var value = StructuredValue().Replace(Id.ToString("D"), Secret, StringComparison.Ordinal);

        var error = ReadFails(Structured(value));

        error.Attribute.Should().Be("id");
        error.Message.Should().NotContain(Secret);
    }

    [Theory]
    [MemberData(nameof(BinaryHeaders))]
    public void A_binary_record_missing_a_header_is_refused(string header)
    {
        var message = Record(TopicCreate(), AuditMessageFormat.Binary);
        if (header == "ce_specversion")
        {
            // Without ce_specversion the record is read as structured: its content type is then wrong.
            header = "content-type";
        }

        message = message.WithHeaders(h => h.RemoveAll(x => x.Key == header));

        ReadFails(message).Attribute.Should().Be(header);
    }

    [Theory]
    [MemberData(nameof(BinaryHeaders))]
    public void A_binary_record_with_a_header_twice_is_refused(string header)
    {
        var message = Record(TopicCreate(), AuditMessageFormat.Binary);
        message = message.WithHeaders(h => h.Add(h.First(x => x.Key == header)));

        ReadFails(message).Attribute.Should().Be(header);
    }

    [Theory]
    [MemberData(nameof(BinaryHeaders))]
    public void A_binary_header_that_is_not_utf8_is_refused(string header)
    {
        var message = Record(TopicCreate(), AuditMessageFormat.Binary);
        message = message.WithHeaders(h => h[h.FindIndex(x => x.Key == header)] = (header, [0xC0, 0xAF]));

        ReadFails(message).Attribute.Should().Be(header);
    }

    [Fact]
    public void A_huge_binary_header_is_refused()
    {
        var message = Record(TopicCreate(), AuditMessageFormat.Binary);
        message = message.WithHeaders(h => h[h.FindIndex(x => x.Key == "ce_source")] = ("ce_source", new byte[AuditMessageReader.MaxHeaderBytes + 1]));

        ReadFails(message).Attribute.Should().Be("ce_source");
    }

    [Fact]
    public void A_binary_record_with_an_attribute_the_payload_does_not_hold_is_refused()
    {
        var message = Record(TopicCreate(), AuditMessageFormat.Binary).WithHeaders(h => h.Add(("ce_subject", "x"u8.ToArray())));

        ReadFails(message).Attribute.Should().Be("ce_subject");
    }

    [Fact]
    public void A_binary_record_of_a_Confluent_event_carries_its_subject_and_is_keyed_by_it()
    {
        var confluent = ConfluentEveryFieldSet(AuditEvents.Confluent.Kafka.Authorization, "text");
        var message = Record(confluent, AuditMessageFormat.Binary);

        var read = AuditMessageReader.Read(message);

        message.Headers.GetLastBytes("ce_subject").Should().Equal("crn://confluent.cloud/kafka=lkc-6k8r8q/topic=orders"u8.ToArray());
        message.Headers.GetLastBytes("ce_source").Should().Equal("crn://confluent.cloud/kafka=lkc-6k8r8q"u8.ToArray());
        message.Key.Should().Equal("crn://confluent.cloud/kafka=lkc-6k8r8q/topic=orders"u8.ToArray());
        read.Payload.Should().Equal(AuditCloudEventMapper.ToUtf8Json(confluent));
    }

    [Fact]
    public void A_binary_record_of_a_Confluent_event_without_its_subject_is_refused()
    {
        var message = Record(ConfluentEveryFieldSet(AuditEvents.Confluent.Kafka.Authorization, "text"), AuditMessageFormat.Binary)
            .WithHeaders(h => h.RemoveAll(header => header.Key == "ce_subject"));

        ReadFails(message).Attribute.Should().Be("subject");
    }

    [Fact]
    public void A_binary_record_keeps_headers_of_other_protocols_out_of_the_payload()
    {
        var message = Record(TopicCreate(), AuditMessageFormat.Binary).WithHeaders(h => h.Add(("traceparent", "00-abc"u8.ToArray())));

        AuditMessageReader.Read(message).Payload.Should().Equal(AuditCloudEventMapper.ToUtf8Json(TopicCreate()));
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/cloudevents+json")]
    public void A_binary_record_with_another_content_type_is_refused(string contentType)
    {
        var message = Record(TopicCreate(), AuditMessageFormat.Binary)
            .WithHeaders(h => h[0] = ("content-type", Encoding.UTF8.GetBytes(contentType)));

        ReadFails(message).Attribute.Should().Be("content-type");
    }

    [Theory]
    [InlineData("{\"eventType\":\"Kafka.Topic.Create\"},\"subject\":\"smuggled\"")]
    [InlineData("{\"eventType\":\"Kafka.Topic.Create\"")]
    [InlineData("{\"eventType\":\"Kafka.Topic.Create\"} {}")]
    public void A_binary_value_that_is_not_one_json_value_is_refused(string value)
    {
        var message = Record(TopicCreate(), AuditMessageFormat.Binary);
        message.Value = Encoding.UTF8.GetBytes(value);

        ReadFails(message).Attribute.Should().Be("data");
    }

    [Fact]
    public void A_binary_record_with_another_spec_version_is_refused_by_the_core_reader()
    {
        var message = Record(TopicCreate(), AuditMessageFormat.Binary)
            .WithHeaders(h => h[h.FindIndex(x => x.Key == "ce_specversion")] = ("ce_specversion", "0.3"u8.ToArray()));

        ReadFails(message).Attribute.Should().Be("specversion");
    }

    [Theory]
    [InlineData("ce_sequence", "42")]
    [InlineData("ce_auditloghash", "sha256:" + Secret)]
    [InlineData("ce_auditlogwriter", "not-a-uuid")]
    public void A_bad_binary_chain_header_is_refused_without_repeating_it(string header, string value)
    {
        var message = Record(TopicCreate(), AuditMessageFormat.Binary)
            .WithHeaders(h => h[h.FindIndex(x => x.Key == header)] = (header, Encoding.UTF8.GetBytes(value)));

        var error = ReadFails(message);

        error.Attribute.Should().Be(header);
        error.Message.Should().NotContain(value);
    }

    private static string StructuredValue() => Text(Record(TopicCreate(), AuditMessageFormat.Structured).Value);

    // The member as written: ,"name":"value"
    private static string Member(string value, string name)
    {
        var start = value.IndexOf($",\"{name}\":", StringComparison.Ordinal);
        var end = value.IndexOf('"', value.IndexOf('"', start + name.Length + 4) + 1);
        return value[start..(end + 1)];
    }

    private static AuditEventFormatException ReadFails(Message<byte[], byte[]> message)
    {
        var read = () => AuditMessageReader.Read(message);
        return read.Should().Throw<AuditEventFormatException>().Which;
    }
}
