using System.Text.Json;
using AuditLog.CloudEvents;

namespace AuditLog.Tests.CloudEvents;

public sealed class WireCloudEventTests
{
    [Fact]
    public void Constructor_keeps_every_attribute()
    {
        var time = new DateTimeOffset(2024, 10, 10, 9, 52, 7, TimeSpan.FromHours(2));
        var data = JsonElement.Parse("""{"a":1}""");

        var cloudEvent = new WireCloudEvent(
            "id-1",
            "/mycontext",
            "com.example.someevent",
            time: time,
            dataContentType: "application/json",
            dataSchema: new Uri("https://example.com/schema.json"),
            subject: "larger-context",
            extensions: [new("comexampleextension1", "value")],
            data: data);

        cloudEvent.Id.Should().Be("id-1");
        cloudEvent.Source.Should().Be("/mycontext");
        cloudEvent.Type.Should().Be("com.example.someevent");
        cloudEvent.Time.Should().Be(time);
        cloudEvent.DataContentType.Should().Be("application/json");
        cloudEvent.DataSchema.Should().Be(new Uri("https://example.com/schema.json"));
        cloudEvent.Subject.Should().Be("larger-context");
        cloudEvent.Extensions.Should().Equal(new Dictionary<string, object> { ["comexampleextension1"] = "value" });
        cloudEvent.Data!.Value.GetRawText().Should().Be("""{"a":1}""");
        cloudEvent.DataBase64.Should().BeNull();
    }

    [Fact]
    public void SpecVersion_is_always_1_0()
    {
        var cloudEvent = new WireCloudEvent("id", "/source", "type");

        cloudEvent.SpecVersion.Should().Be("1.0");
    }

    [Theory]
    [InlineData("id")]
    [InlineData("source")]
    [InlineData("type")]
    public void Constructor_rejects_an_empty_required_attribute(string attribute)
    {
        var act = () => new WireCloudEvent(
            attribute == "id" ? string.Empty : "id",
            attribute == "source" ? string.Empty : "/source",
            attribute == "type" ? string.Empty : "type");

        act.Should().Throw<ArgumentException>().Where(e => e.ParamName == attribute && e.Message.Contains($"'{attribute}'"));
    }

    [Fact]
    public void Constructor_rejects_a_null_id()
    {
        var act = () => new WireCloudEvent(null!, "/source", "type");

        act.Should().Throw<ArgumentException>().WithMessage("*'id' is required*");
    }

    [Fact]
    public void Constructor_rejects_control_characters_in_a_string_attribute()
    {
        var act = () => new WireCloudEvent("id\u0007", "/source", "type");

        act.Should().Throw<ArgumentException>().WithMessage("*'id'*control characters*");
    }

    [Fact]
    public void Constructor_rejects_a_source_that_is_not_a_uri_reference()
    {
        var act = () => new WireCloudEvent("id", "http://[::1", "type");

        act.Should().Throw<ArgumentException>().WithMessage("*'source'*URI-reference*");
    }

    [Fact]
    public void Constructor_rejects_a_data_content_type_that_is_not_a_media_type()
    {
        var act = () => new WireCloudEvent("id", "/source", "type", dataContentType: "json");

        act.Should().Throw<ArgumentException>().WithMessage("*'datacontenttype'*RFC 2046*");
    }

    [Fact]
    public void Constructor_accepts_a_data_content_type_with_parameters()
    {
        var cloudEvent = new WireCloudEvent("id", "/source", "type", dataContentType: "text/plain; charset=\"utf-8\"");

        cloudEvent.DataContentType.Should().Be("text/plain; charset=\"utf-8\"");
    }

    [Fact]
    public void Constructor_rejects_a_relative_data_schema()
    {
        var act = () => new WireCloudEvent("id", "/source", "type", dataSchema: new Uri("/schema", UriKind.Relative));

        act.Should().Throw<ArgumentException>().WithMessage("*'dataschema'*absolute URI*");
    }

    [Fact]
    public void Constructor_rejects_an_empty_subject()
    {
        var act = () => new WireCloudEvent("id", "/source", "type", subject: string.Empty);

        act.Should().Throw<ArgumentException>().WithMessage("*'subject'*non-empty*");
    }

    [Fact]
    public void Constructor_rejects_data_together_with_binary_data()
    {
        var act = () => new WireCloudEvent("id", "/source", "type", data: JsonElement.Parse("1"), dataBase64: [1, 2]);

        act.Should().Throw<ArgumentException>().WithMessage("*'data'*'data_base64'*");
    }

    [Fact]
    public void Constructor_rejects_non_string_data_when_the_content_type_is_not_json()
    {
        var act = () => new WireCloudEvent("id", "/source", "type", dataContentType: "application/xml", data: JsonElement.Parse("{}"));

        act.Should().Throw<ArgumentException>().WithMessage("*'data'*JSON string*");
    }

    [Fact]
    public void Constructor_accepts_string_data_when_the_content_type_is_not_json()
    {
        var cloudEvent = new WireCloudEvent("id", "/source", "type", dataContentType: "application/xml", data: JsonElement.Parse("\"<much wow=\\\"xml\\\"/>\""));

        cloudEvent.Data!.Value.GetString().Should().Be("<much wow=\"xml\"/>");
    }

    [Fact]
    public void Constructor_accepts_any_json_data_when_the_content_type_has_a_json_suffix()
    {
        var cloudEvent = new WireCloudEvent("id", "/source", "type", dataContentType: "application/vnd.example+json", data: JsonElement.Parse("[1,2]"));

        cloudEvent.Data!.Value.ValueKind.Should().Be(JsonValueKind.Array);
    }

    [Fact]
    public void Constructor_rejects_an_undefined_json_element_as_data()
    {
        var act = () => new WireCloudEvent("id", "/source", "type", data: default(JsonElement));

        act.Should().Throw<ArgumentException>().WithMessage("*'data'*");
    }

    [Theory]
    [InlineData("Upper")]
    [InlineData("with_underscore")]
    [InlineData("with-dash")]
    [InlineData("")]
    public void Constructor_rejects_an_extension_name_that_is_not_lower_case_letters_and_digits(string name)
    {
        var act = () => new WireCloudEvent("id", "/source", "type", extensions: [new(name, "value")]);

        act.Should().Throw<ArgumentException>().WithMessage($"*'{name}' is not a valid extension attribute name*");
    }

    [Theory]
    [InlineData("time")]
    [InlineData("specversion")]
    [InlineData("datacontenttype")]
    [InlineData("data")]
    public void Constructor_rejects_an_extension_named_like_a_context_attribute_or_data(string name)
    {
        var act = () => new WireCloudEvent("id", "/source", "type", extensions: [new(name, "value")]);

        act.Should().Throw<ArgumentException>().WithMessage($"*'{name}'*");
    }

    [Fact]
    public void Constructor_accepts_an_extension_name_longer_than_the_recommended_20_characters()
    {
        var cloudEvent = new WireCloudEvent("id", "/source", "type", extensions: [new("averyveryverylongextensionname", 1)]);

        cloudEvent.Extensions.Should().ContainKey("averyveryverylongextensionname");
    }

    [Theory]
    [InlineData(1L)]
    [InlineData(1.5)]
    [InlineData('c')]
    public void Constructor_rejects_an_extension_value_outside_the_cloudevents_type_system(object value)
    {
        var act = () => new WireCloudEvent("id", "/source", "type", extensions: [new("ext", value)]);

        act.Should().Throw<ArgumentException>().WithMessage("*'ext' must be a string, boolean, 32-bit integer, URI, timestamp*");
    }

    [Fact]
    public void Constructor_rejects_a_null_extension_value()
    {
        var act = () => new WireCloudEvent("id", "/source", "type", extensions: [new("ext", null!)]);

        act.Should().Throw<ArgumentException>().WithMessage("*'ext'*");
    }

    [Fact]
    public void Constructor_rejects_an_extension_given_twice()
    {
        var act = () => new WireCloudEvent("id", "/source", "type", extensions: [new("ext", 1), new("ext", 2)]);

        act.Should().Throw<ArgumentException>().WithMessage("*'ext' appears more than once*");
    }

    [Fact]
    public void Extensions_keep_the_order_they_were_given_in()
    {
        var cloudEvent = new WireCloudEvent("id", "/source", "type", extensions: [new("zeta", 1), new("alpha", 2), new("mid", 3)]);

        cloudEvent.Extensions.Keys.Should().Equal("zeta", "alpha", "mid");
    }

    [Fact]
    public void Binary_data_is_copied_so_later_changes_to_the_array_do_not_alter_the_event()
    {
        byte[] bytes = [1, 2, 3];
        var cloudEvent = new WireCloudEvent("id", "/source", "type", dataBase64: bytes);

        bytes[0] = 9;

        cloudEvent.DataBase64.Should().Equal(1, 2, 3);
    }
}
