using System.Text;
using AuditLog.CloudEvents;

namespace AuditLog.Tests.CloudEvents;

/// <summary>The strict reader: what the CloudEvents 1.0 JSON format rules out is rejected, naming the member.</summary>
public sealed class CloudEventJsonReaderTests
{
    [Fact]
    public void A_minimal_event_is_read()
    {
        var cloudEvent = CloudEventJsonFormatter.Parse(Event());

        cloudEvent.Id.Should().Be("id-1");
        cloudEvent.Source.Should().Be("/source");
        cloudEvent.Type.Should().Be("com.example.created");
        cloudEvent.Time.Should().BeNull();
        cloudEvent.Data.Should().BeNull();
    }

    [Fact]
    public void Members_are_read_in_any_order()
    {
        var cloudEvent = CloudEventJsonFormatter.Parse("""{"type":"t","source":"/s","id":"i","specversion":"1.0"}""");

        cloudEvent.Type.Should().Be("t");
    }

    [Theory]
    [InlineData("[]", "an array")]
    [InlineData("\"text\"", "a string")]
    [InlineData("42", "a number")]
    [InlineData("null", "null")]
    public void Input_that_is_not_a_json_object_is_rejected(string json, string found)
    {
        var error = Rejects(json);

        error.Attribute.Should().BeNull();
        error.Message.Should().Contain("must be a JSON object").And.Contain(found);
    }

    [Fact]
    public void Empty_input_is_rejected()
    {
        var error = Rejects(string.Empty);

        error.Message.Should().Contain("empty");
    }

    [Theory]
    [InlineData("""{"specversion":"1.0","id":""")]
    [InlineData("""{"specversion":"1.0",}""")]
    [InlineData("""{'specversion':'1.0'}""")]
    [InlineData("""{"specversion":"1.0" /* comment */}""")]
    public void Malformed_json_is_rejected_with_its_position(string json)
    {
        var error = Rejects(json);

        error.Attribute.Should().BeNull();
        error.Message.Should().Contain("not well-formed JSON").And.Contain("line 1");
    }

    [Fact]
    public void Content_after_the_event_object_is_rejected()
    {
        var error = Rejects(Event() + "{}");

        error.Message.Should().Contain("not well-formed JSON");
    }

    [Fact]
    public void A_member_given_twice_is_rejected()
    {
        var error = Rejects("""{"specversion":"1.0","id":"a","id":"b","source":"/s","type":"t"}""");

        error.Attribute.Should().Be("id");
        error.Message.Should().Contain("'id' appears more than once");
    }

    [Fact]
    public void A_member_given_twice_under_different_escapes_is_rejected()
    {
        var error = Rejects("""{"specversion":"1.0","id":"a","i\u0064":"b","source":"/s","type":"t"}""");

        error.Attribute.Should().Be("id");
    }

    [Fact]
    public void A_duplicate_member_inside_data_is_rejected()
    {
        var error = Rejects(Event(("data", """{"a":{"b":1,"b":2}}""")));

        error.Attribute.Should().Be("data");
        error.Message.Should().Contain("duplicate member name");
    }

    [Fact]
    public void A_missing_specversion_is_rejected()
    {
        var error = Rejects(Event(("specversion", null)));

        error.Attribute.Should().Be("specversion");
        error.Message.Should().Contain("'specversion' is required");
    }

    [Theory]
    [InlineData("\"0.3\"")]
    [InlineData("\"1.0.2\"")]
    [InlineData("\"\"")]
    public void A_specversion_other_than_1_0_is_rejected(string specVersion)
    {
        var error = Rejects(Event(("specversion", specVersion)));

        error.Attribute.Should().Be("specversion");
        error.Message.Should().Contain("must be \"1.0\"");
    }

    [Fact]
    public void A_numeric_specversion_is_rejected_as_the_wrong_json_type()
    {
        var error = Rejects(Event(("specversion", "1.0")));

        error.Attribute.Should().Be("specversion");
        error.Message.Should().Contain("must be a JSON string, not a number");
    }

    [Theory]
    [InlineData("id")]
    [InlineData("source")]
    [InlineData("type")]
    public void A_missing_required_attribute_is_rejected(string attribute)
    {
        var error = Rejects(Event((attribute, null)));

        error.Attribute.Should().Be(attribute);
        error.Message.Should().Contain($"'{attribute}' is required");
    }

    [Theory]
    [InlineData("id")]
    [InlineData("source")]
    [InlineData("type")]
    public void A_null_required_attribute_counts_as_missing(string attribute)
    {
        var error = Rejects(Event((attribute, "null")));

        error.Message.Should().Contain($"'{attribute}' is required");
    }

    [Theory]
    [InlineData("id", "12345", "a number")]
    [InlineData("source", """{"uri":"/s"}""", "an object")]
    [InlineData("type", "true", "a boolean")]
    [InlineData("subject", "[\"s\"]", "an array")]
    [InlineData("datacontenttype", "1", "a number")]
    [InlineData("dataschema", "false", "a boolean")]
    [InlineData("time", "1728546727", "a number")]
    public void An_attribute_of_the_wrong_json_type_is_rejected(string attribute, string value, string found)
    {
        var error = Rejects(Event((attribute, value)));

        error.Attribute.Should().Be(attribute);
        error.Message.Should().Contain($"'{attribute}' must be a JSON string, not {found}");
    }

    [Theory]
    [InlineData("id")]
    [InlineData("source")]
    [InlineData("type")]
    [InlineData("subject")]
    public void An_empty_string_attribute_is_rejected(string attribute)
    {
        var error = Rejects(Event((attribute, "\"\"")));

        error.Attribute.Should().Be(attribute);
        error.Message.Should().Contain("non-empty");
    }

    [Fact]
    public void A_control_character_in_a_string_attribute_is_rejected()
    {
        var error = Rejects(Event(("type", "\"a\\u0000b\"")));

        error.Attribute.Should().Be("type");
        error.Message.Should().Contain("control characters");
    }

    [Fact]
    public void An_unpaired_surrogate_in_a_string_attribute_is_rejected()
    {
        var error = Rejects(Event(("id", "\"\\uDEAD\"")));

        error.Attribute.Should().Be("id");
        error.Message.Should().Contain("surrogate");
    }

    [Fact]
    public void A_source_that_is_not_a_uri_reference_is_rejected()
    {
        var error = Rejects(Event(("source", "\"http://[::1\"")));

        error.Attribute.Should().Be("source");
        error.Message.Should().Contain("URI-reference");
    }

    [Fact]
    public void A_data_content_type_that_is_not_a_media_type_is_rejected()
    {
        var error = Rejects(Event(("datacontenttype", "\"application json\"")));

        error.Attribute.Should().Be("datacontenttype");
        error.Message.Should().Contain("RFC 2046");
    }

    [Fact]
    public void A_relative_data_schema_is_rejected()
    {
        var error = Rejects(Event(("dataschema", "\"/schemas/1\"")));

        error.Attribute.Should().Be("dataschema");
        error.Message.Should().Contain("absolute URI");
    }

    [Theory]
    [InlineData("2024-10-10 07:52:07Z")]
    [InlineData("2024-10-10T07:52:07")]
    [InlineData("2024-10-10")]
    [InlineData("2024-10-10T07:52Z")]
    [InlineData("2024-13-10T07:52:07Z")]
    [InlineData("2024-02-30T07:52:07Z")]
    [InlineData("2024-10-10T24:00:00Z")]
    [InlineData("2024-10-10T07:52:60Z")]
    [InlineData("2024-10-10T07:52:07.Z")]
    [InlineData("2024-10-10T07:52:07.1234567890Z")]
    [InlineData("2024-10-10T07:52:07+0200")]
    [InlineData("2024-10-10T07:52:07+24:00")]
    [InlineData("2024-10-10T07:52:07Z ")]
    [InlineData("0000-01-01T00:00:00Z")]
    [InlineData("yesterday")]
    public void An_unparsable_time_is_rejected(string time)
    {
        var error = Rejects(Event(("time", $"\"{time}\"")));

        error.Attribute.Should().Be("time");
        error.Message.Should().Contain("RFC 3339");
    }

    [Theory]
    [InlineData("2024-10-10T07:52:07Z", 0)]
    [InlineData("2024-10-10T07:52:07.4Z", 4_000_000)]
    [InlineData("2024-10-10T07:52:07.483140Z", 4_831_400)]
    [InlineData("2024-10-10T07:52:07.483140999Z", 4_831_409)]
    [InlineData("2024-10-10t07:52:07.483140z", 4_831_400)]
    [InlineData("2024-10-10T09:52:07.483140+02:00", 4_831_400)]
    [InlineData("2024-10-10T03:22:07.483140-04:30", 4_831_400)]
    public void Times_with_any_number_of_fractional_digits_and_any_offset_are_read_in_utc(string time, long fractionTicks)
    {
        var cloudEvent = CloudEventJsonFormatter.Parse(Event(("time", $"\"{time}\"")));

        var expected = new DateTimeOffset(2024, 10, 10, 7, 52, 7, TimeSpan.Zero).AddTicks(fractionTicks);
        cloudEvent.Time.Should().Be(expected);
        cloudEvent.Time!.Value.Offset.Should().Be(TimeSpan.Zero);
    }

    [Fact]
    public void Data_and_data_base64_together_are_rejected()
    {
        var error = Rejects(Event(("data", "{}"), ("data_base64", "\"AQID\"")));

        error.Attribute.Should().Be("data");
        error.Message.Should().Contain("'data' must not be present together with 'data_base64'");
    }

    [Fact]
    public void A_null_payload_and_data_base64_together_are_rejected()
    {
        var error = Rejects(Event(("data", "null"), ("data_base64", "\"AQID\"")));

        error.Attribute.Should().Be("data");
    }

    [Fact]
    public void Invalid_base64_data_is_rejected()
    {
        var error = Rejects(Event(("data_base64", "\"not base64!\"")));

        error.Attribute.Should().Be("data_base64");
        error.Message.Should().Contain("Base64");
    }

    [Fact]
    public void Base64_data_that_is_not_a_string_is_rejected()
    {
        var error = Rejects(Event(("data_base64", "[1,2,3]")));

        error.Attribute.Should().Be("data_base64");
        error.Message.Should().Contain("must be a JSON string");
    }

    [Fact]
    public void Non_string_data_with_a_non_json_content_type_is_rejected()
    {
        var error = Rejects(Event(("datacontenttype", "\"application/xml\""), ("data", "{\"a\":1}")));

        error.Attribute.Should().Be("data");
        error.Message.Should().Contain("JSON string");
    }

    [Theory]
    [InlineData("Upper")]
    [InlineData("with_underscore")]
    [InlineData("with-dash")]
    [InlineData("")]
    public void An_illegal_extension_name_is_rejected(string name)
    {
        var error = Rejects(Event((name, "\"value\"")));

        error.Attribute.Should().Be(name);
        error.Message.Should().Contain("not a valid extension attribute name");
    }

    [Fact]
    public void A_very_long_illegal_extension_name_is_shortened_in_the_message()
    {
        var name = new string('X', 500);

        var error = Rejects(Event((name, "1")));

        error.Message.Length.Should().BeLessThan(300);
    }

    [Theory]
    [InlineData("""{"a":1}""", "an object")]
    [InlineData("[1,2]", "an array")]
    public void An_extension_whose_value_is_an_object_or_array_is_rejected(string value, string found)
    {
        var error = Rejects(Event(("myext", value)));

        error.Attribute.Should().Be("myext");
        error.Message.Should().Contain(found).And.Contain("objects or arrays");
    }

    [Theory]
    [InlineData("1.5")]
    [InlineData("1e3")]
    [InlineData("2147483648")]
    [InlineData("-2147483649")]
    public void An_extension_number_that_is_not_a_32_bit_integer_is_rejected(string value)
    {
        var error = Rejects(Event(("myext", value)));

        error.Attribute.Should().Be("myext");
        error.Message.Should().Contain("integer");
    }

    [Fact]
    public void Extension_values_are_read_as_strings_booleans_and_integers()
    {
        var cloudEvent = CloudEventJsonFormatter.Parse(Event(("text", "\"value\""), ("flag", "false"), ("number", "-2147483648")));

        cloudEvent.Extensions.Should().Equal(new Dictionary<string, object> { ["text"] = "value", ["flag"] = false, ["number"] = int.MinValue });
    }

    [Fact]
    public void Null_optional_attributes_and_extensions_count_as_absent()
    {
        var cloudEvent = CloudEventJsonFormatter.Parse(Event(("subject", "null"), ("time", "null"), ("datacontenttype", "null"), ("myext", "null")));

        cloudEvent.Subject.Should().BeNull();
        cloudEvent.Time.Should().BeNull();
        cloudEvent.DataContentType.Should().BeNull();
        cloudEvent.Extensions.Should().BeEmpty();
    }

    [Fact]
    public void Error_messages_do_not_repeat_the_offending_value()
    {
        var error = Rejects(Event(("time", "\"secret-token-4711\"")));

        error.Message.Should().NotContain("secret-token-4711");
    }

    [Fact]
    public void Error_messages_for_malformed_json_do_not_repeat_the_input()
    {
        var error = Rejects("""{"specversion":"1.0","id":secret}""");

        error.Message.Should().NotContain("secret");
    }

    // The minimal valid event, with members replaced, added (raw JSON values) or removed (null).
    private static string Event(params (string Name, string? RawValue)[] changes)
    {
        var members = new List<(string Name, string RawValue)>
        {
            ("specversion", "\"1.0\""),
            ("id", "\"id-1\""),
            ("source", "\"/source\""),
            ("type", "\"com.example.created\""),
        };
        foreach (var (name, rawValue) in changes)
        {
            var index = members.FindIndex(m => m.Name == name);
            if (index >= 0)
            {
                members.RemoveAt(index);
            }

            if (rawValue is not null)
            {
                members.Insert(index >= 0 ? index : members.Count, (name, rawValue));
            }
        }

        var json = new StringBuilder("{");
        json.AppendJoin(',', members.Select(m => $"\"{m.Name}\":{m.RawValue}"));
        return json.Append('}').ToString();
    }

    private static AuditEventFormatException Rejects(string json)
    {
        var act = () => CloudEventJsonFormatter.Parse(json);
        return act.Should().Throw<AuditEventFormatException>().Which;
    }
}
