using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AuditLog.CloudEvents;

namespace AuditLog.Tests.CloudEvents;

public sealed class CloudEventJsonFormatterTests
{
    private static readonly DateTimeOffset Time = new DateTimeOffset(2024, 10, 10, 7, 52, 7, TimeSpan.Zero).AddTicks(4_831_400);

    [Fact]
    public void Writes_members_in_the_documented_order()
    {
        var cloudEvent = EveryAttribute();

        var json = CloudEventJsonFormatter.SerializeToString(cloudEvent);

        MemberNames(json).Should().Equal(
            "specversion", "id", "source", "type", "subject", "time", "datacontenttype", "dataschema",
            "text", "flag", "number", "link", "stamp", "bytes", "data");
    }

    [Fact]
    public void Writes_every_attribute_kind_in_its_json_form()
    {
        var cloudEvent = EveryAttribute();

        var json = CloudEventJsonFormatter.SerializeToString(cloudEvent);

        json.Should().Be(
            """{"specversion":"1.0","id":"A234-1234-1234","source":"/mycontext","type":"com.example.someevent","subject":"larger-context","time":"2024-10-10T07:52:07.483140Z","datacontenttype":"application/json","dataschema":"https://example.com/schema.json","text":"value","flag":true,"number":-5,"link":"https://example.com/a?b=c","stamp":"2024-10-10T07:52:07.483140Z","bytes":"AQID","data":{"appinfoA":"abc","appinfoB":123}}""");
    }

    [Fact]
    public void A_generic_event_with_every_attribute_kind_round_trips()
    {
        var original = EveryAttribute();

        var parsed = CloudEventJsonFormatter.Parse(CloudEventJsonFormatter.Serialize(original));

        parsed.Id.Should().Be(original.Id);
        parsed.Source.Should().Be(original.Source);
        parsed.Type.Should().Be(original.Type);
        parsed.Subject.Should().Be(original.Subject);
        parsed.Time.Should().Be(original.Time);
        parsed.DataContentType.Should().Be(original.DataContentType);
        parsed.DataSchema.Should().Be(original.DataSchema);
        JsonNode.DeepEquals(JsonNode.Parse(parsed.Data!.Value.GetRawText()), JsonNode.Parse(original.Data!.Value.GetRawText())).Should().BeTrue();
        CloudEventJsonFormatter.SerializeToString(parsed).Should().Be(CloudEventJsonFormatter.SerializeToString(original));
    }

    [Fact]
    public void Extension_values_read_back_as_strings_booleans_and_integers()
    {
        var parsed = CloudEventJsonFormatter.Parse(CloudEventJsonFormatter.Serialize(EveryAttribute()));

        parsed.Extensions.Should().Equal(new Dictionary<string, object>
        {
            ["text"] = "value",
            ["flag"] = true,
            ["number"] = -5,
            ["link"] = "https://example.com/a?b=c",
            ["stamp"] = "2024-10-10T07:52:07.483140Z",
            ["bytes"] = "AQID",
        });
    }

    [Fact]
    public void Binary_data_round_trips_through_data_base64()
    {
        var original = new WireCloudEvent("id", "/source", "type", dataContentType: "application/vnd.apache.thrift.binary", dataBase64: [0, 1, 2, 255]);

        var json = CloudEventJsonFormatter.SerializeToString(original);
        var parsed = CloudEventJsonFormatter.Parse(json);

        json.Should().Contain("\"data_base64\":\"AAEC/w==\"").And.NotContain("\"data\"");
        parsed.DataBase64.Should().Equal(0, 1, 2, 255);
        parsed.Data.Should().BeNull();
    }

    [Fact]
    public void An_explicit_null_payload_round_trips_distinct_from_no_data()
    {
        var withNull = new WireCloudEvent("id", "/source", "type", data: JsonElement.Parse("null"));

        var parsed = CloudEventJsonFormatter.Parse(CloudEventJsonFormatter.Serialize(withNull));

        parsed.Data.Should().NotBeNull();
        parsed.Data!.Value.ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public void An_event_without_data_has_neither_data_member()
    {
        var json = CloudEventJsonFormatter.SerializeToString(new WireCloudEvent("id", "/source", "type"));

        json.Should().Be("""{"specversion":"1.0","id":"id","source":"/source","type":"type"}""");
    }

    [Fact]
    public void String_data_with_a_non_json_content_type_round_trips()
    {
        var original = new WireCloudEvent("id", "/source", "type", dataContentType: "application/xml", data: JsonElement.Parse("\"<much wow=\\\"xml\\\"/>\""));

        var parsed = CloudEventJsonFormatter.Parse(CloudEventJsonFormatter.SerializeToString(original));

        parsed.Data!.Value.GetString().Should().Be("<much wow=\"xml\"/>");
    }

    [Fact]
    public void Time_is_written_in_utc_with_six_fractional_digits()
    {
        var local = new DateTimeOffset(2024, 10, 10, 9, 52, 7, TimeSpan.FromHours(2)).AddTicks(4_831_400);

        var json = CloudEventJsonFormatter.SerializeToString(new WireCloudEvent("id", "/source", "type", time: local));

        json.Should().Contain("\"time\":\"2024-10-10T07:52:07.483140Z\"");
    }

    [Fact]
    public void Whole_seconds_are_still_written_with_six_fractional_digits()
    {
        var json = CloudEventJsonFormatter.SerializeToString(new WireCloudEvent("id", "/source", "type", time: new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero)));

        json.Should().Contain("\"time\":\"2024-01-02T03:04:05.000000Z\"");
    }

    [Theory]
    [InlineData(5, 1, 2, 3, 4, 5, 70, "0005-01-02T03:04:05.000007Z")]
    [InlineData(9999, 12, 31, 23, 59, 59, 9_999_999, "9999-12-31T23:59:59.999999Z")]
    public void Time_fields_are_zero_padded_and_sub_microsecond_ticks_dropped(int year, int month, int day, int hour, int minute, int second, long ticks, string expected)
    {
        var time = new DateTimeOffset(year, month, day, hour, minute, second, TimeSpan.Zero).AddTicks(ticks);

        var json = CloudEventJsonFormatter.SerializeToString(new WireCloudEvent("id", "/source", "type", time: time));

        json.Should().Contain($"\"time\":\"{expected}\"");
    }

    [Fact]
    public void Microseconds_survive_a_round_trip()
    {
        const string json = """{"specversion":"1.0","id":"id","source":"/source","type":"type","time":"2024-10-10T07:52:07.000001Z"}""";

        var parsed = CloudEventJsonFormatter.Parse(json);

        parsed.Time!.Value.UtcTicks.Should().Be(new DateTimeOffset(2024, 10, 10, 7, 52, 7, TimeSpan.Zero).UtcTicks + 10);
        CloudEventJsonFormatter.SerializeToString(parsed).Should().Be(json);
    }

    [Fact]
    public void Writing_into_a_buffer_writer_gives_the_serialized_bytes()
    {
        var cloudEvent = EveryAttribute();
        var buffer = new ArrayBufferWriter<byte>();

        CloudEventJsonFormatter.Write(cloudEvent, buffer);

        buffer.WrittenSpan.ToArray().Should().Equal(CloudEventJsonFormatter.Serialize(cloudEvent));
    }

    [Fact]
    public void Writing_into_a_callers_json_writer_nests_the_event_in_the_callers_document()
    {
        var cloudEvent = new WireCloudEvent("id", "/source", "type");
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartArray();
            CloudEventJsonFormatter.Write(cloudEvent, writer);
            CloudEventJsonFormatter.Write(cloudEvent, writer);
            writer.WriteEndArray();
        }

        var batch = JsonNode.Parse(stream.ToArray())!.AsArray();

        batch.Should().HaveCount(2);
        batch[0]!["id"]!.GetValue<string>().Should().Be("id");
    }

    [Fact]
    public void Serialize_and_SerializeToString_agree()
    {
        var cloudEvent = EveryAttribute();

        var text = CloudEventJsonFormatter.SerializeToString(cloudEvent);

        text.Should().Be(Encoding.UTF8.GetString(CloudEventJsonFormatter.Serialize(cloudEvent)));
    }

    [Fact]
    public void Non_ascii_text_is_written_unescaped()
    {
        var json = CloudEventJsonFormatter.SerializeToString(new WireCloudEvent("id", "/source", "type", subject: "Zoë+<tag>"));

        json.Should().Contain("\"subject\":\"Zoë+<tag>\"");
    }

    [Fact]
    public void Parse_from_text_and_from_utf8_read_the_same_event()
    {
        var json = CloudEventJsonFormatter.SerializeToString(EveryAttribute());

        var fromText = CloudEventJsonFormatter.SerializeToString(CloudEventJsonFormatter.Parse(json));
        var fromUtf8 = CloudEventJsonFormatter.SerializeToString(CloudEventJsonFormatter.Parse(Encoding.UTF8.GetBytes(json)));

        fromText.Should().Be(fromUtf8);
    }

    private static WireCloudEvent EveryAttribute() => new(
        "A234-1234-1234",
        "/mycontext",
        "com.example.someevent",
        time: Time,
        dataContentType: "application/json",
        dataSchema: new Uri("https://example.com/schema.json"),
        subject: "larger-context",
        extensions:
        [
            new("text", "value"),
            new("flag", true),
            new("number", -5),
            new("link", new Uri("https://example.com/a?b=c")),
            new("stamp", Time),
            new("bytes", new byte[] { 1, 2, 3 }),
        ],
        data: JsonElement.Parse("""{"appinfoA":"abc","appinfoB":123}"""));

    private static IEnumerable<string> MemberNames(string json) =>
        JsonNode.Parse(json)!.AsObject().Select(member => member.Key);
}
