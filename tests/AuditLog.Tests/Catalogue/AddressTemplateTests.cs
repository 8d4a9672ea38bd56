namespace AuditLog.Tests.Catalogue;

public sealed class AddressTemplateTests
{
    private const string ClusterId = "0f8fad5b-d9cb-469f-a165-70867728950e";

    private static readonly AddressTemplate TopicCrn = new("kafka:/cluster/<uuid>/topic/<topic-name>");

    private static readonly AddressTemplate UserCrn = new("platform:/user/<email>");

    private static readonly AddressTemplate ResourceCrn = new("crn:///kafka=<cluster>/<resourceType>=<resourceName>");

    [Theory]
    [InlineData("orders/eu", "orders%2Feu")]
    [InlineData("100%", "100%25")]
    [InlineData("key=value", "key%3Dvalue")]
    [InlineData("%2F", "%252F")]
    [InlineData("a/b=c%d/", "a%2Fb%3Dc%25d%2F")]
    public void Format_escapes_separators_and_percent(string name, string escaped)
    {
        var address = TopicCrn.Format([ClusterId, name]);

        address.Should().Be($"kafka:/cluster/{ClusterId}/topic/{escaped}");
    }

    [Theory]
    [InlineData("orders/eu")]
    [InlineData("100%")]
    [InlineData("key=value")]
    [InlineData("%2F")]
    [InlineData("a/b=c%d/")]
    [InlineData("日本語 topic")]
    public void TryParse_recovers_the_parts_Format_was_given(string name)
    {
        var address = TopicCrn.Format([ClusterId, name]);

        var parts = TopicCrn.TryParse(address);

        parts.Should().Equal(ClusterId, name);
    }

    [Fact]
    public void TryParse_recovers_parts_separated_by_equals()
    {
        var address = ResourceCrn.Format(["lkc=1", "Topic", "a=b/c"]);

        var parts = ResourceCrn.TryParse(address);

        address.Should().Be("crn:///kafka=lkc%3D1/Topic=a%3Db%2Fc");
        parts.Should().Equal("lkc=1", "Topic", "a=b/c");
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    public void Format_rejects_an_empty_part(string? name)
    {
        var act = () => TopicCrn.Format([ClusterId, name]);

        act.Should().Throw<AuditValidationException>().Which.Field.Should().Be("resource.topic-name");
    }

    [Theory]
    [InlineData("line\nbreak")]
    [InlineData("nul\0")]
    [InlineData("\ttab")]
    [InlineData("escape\u001b[31m")]
    [InlineData("del\u007f")]
    public void Format_rejects_control_characters(string name)
    {
        var act = () => TopicCrn.Format([ClusterId, name]);

        act.Should().Throw<AuditValidationException>().Which.Rule.Should().Contain("control characters");
    }

    [Fact]
    public void Format_rejects_a_part_longer_than_MaxPartLength()
    {
        var act = () => TopicCrn.Format([ClusterId, new string('x', AddressTemplate.MaxPartLength + 1)]);

        act.Should().Throw<AuditValidationException>().Which.Field.Should().Be("resource.topic-name");
    }

    [Fact]
    public void Format_accepts_a_part_of_MaxPartLength()
    {
        var name = new string('x', AddressTemplate.MaxPartLength);

        var address = TopicCrn.Format([ClusterId, name]);

        TopicCrn.TryParse(address).Should().Equal(ClusterId, name);
    }

    [Theory]
    [InlineData("not-a-uuid")]
    [InlineData("1234")]
    [InlineData("0f8fad5b-d9cb-469f-a165-70867728950")]
    [InlineData("0f8fad5b-d9cb-469f-a165-70867728950e-0")]
    public void Format_rejects_a_non_uuid_for_a_uuid_placeholder(string uuid)
    {
        var act = () => TopicCrn.Format([uuid, "orders"]);

        act.Should().Throw<AuditValidationException>().Which.Field.Should().Be("resource.uuid");
    }

    [Theory]
    [InlineData("alice")]
    [InlineData("alice@")]
    [InlineData("@example.com")]
    [InlineData("alice@bob@example.com")]
    [InlineData("alice smith@example.com")]
    public void Format_rejects_a_non_email_for_an_email_placeholder(string email)
    {
        var act = () => UserCrn.Format([email]);

        act.Should().Throw<AuditValidationException>().Which.Field.Should().Be("resource.email");
    }

    [Fact]
    public void Format_accepts_an_email_for_an_email_placeholder()
    {
        var address = UserCrn.Format(["alice.smith+audit@example.com"]);

        address.Should().Be("platform:/user/alice.smith+audit@example.com");
    }

    [Theory]
    [InlineData("0F8FAD5B-D9CB-469F-A165-70867728950E")]
    [InlineData("{0f8fad5b-d9cb-469f-a165-70867728950e}")]
    [InlineData("0f8fad5bd9cb469fa16570867728950e")]
    public void Format_normalises_a_uuid_to_lowercase_hyphenated_form(string uuid)
    {
        var address = TopicCrn.Format([uuid, "orders"]);

        address.Should().Be($"kafka:/cluster/{ClusterId}/topic/orders");
    }

    [Fact]
    public void Format_rejects_the_wrong_number_of_parts()
    {
        var act = () => TopicCrn.Format([ClusterId]);

        act.Should().Throw<ArgumentException>();
    }

    [Theory]
    [InlineData("kafka:/cluster/0f8fad5b-d9cb-469f-a165-70867728950e/group/orders")]
    [InlineData("kafka:/cluster/0f8fad5b-d9cb-469f-a165-70867728950e")]
    [InlineData("platform:/user/alice@example.com")]
    [InlineData("//kafka/kafkacluster/production/topic/orders")]
    public void TryParse_rejects_an_address_of_another_template(string address)
    {
        TopicCrn.TryParse(address).Should().BeNull();
    }

    [Theory]
    [InlineData("kafka:/cluster/0f8fad5b-d9cb-469f-a165-70867728950e/topic/orders/extra")]
    [InlineData("kafka:/cluster/0f8fad5b-d9cb-469f-a165-70867728950e/topic/orders/")]
    [InlineData("kafka:/cluster/0f8fad5b-d9cb-469f-a165-70867728950e/extra/topic/orders")]
    public void TryParse_rejects_extra_segments(string address)
    {
        TopicCrn.TryParse(address).Should().BeNull();
    }

    [Theory]
    [InlineData("orders%")]
    [InlineData("orders%2")]
    [InlineData("orders%41")]
    [InlineData("orders%zz")]
    [InlineData("%%2F")]
    public void TryParse_rejects_a_bad_escape(string name)
    {
        TopicCrn.TryParse($"kafka:/cluster/{ClusterId}/topic/{name}").Should().BeNull();
    }

    [Theory]
    [InlineData("kafka:/cluster/0f8fad5b-d9cb-469f-a165-70867728950e/topic/a%2fb")]
    [InlineData("kafka:/cluster/0F8FAD5B-D9CB-469F-A165-70867728950E/topic/orders")]
    public void TryParse_rejects_an_address_Format_would_not_produce(string address)
    {
        // An address has one spelling, so addresses compare (and prefix-search) as plain text.
        TopicCrn.TryParse(address).Should().BeNull();
    }

    [Theory]
    [InlineData("kafka:/cluster/0f8fad5b-d9cb-469f-a165-70867728950e/topic/orders\n")]
    [InlineData("kafka:/cluster/0f8fad5b-d9cb-469f-a165-70867728950e/topic/")]
    [InlineData("kafka:/cluster//topic/orders")]
    [InlineData("kafka:/cluster/not-a-uuid/topic/orders")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_rejects_a_malformed_address(string? address)
    {
        TopicCrn.TryParse(address).Should().BeNull();
    }

    [Fact]
    public void TryParse_rejects_a_trailing_newline_after_literal_text()
    {
        var template = new AddressTemplate("//admin/<name>/settings");

        template.TryParse("//admin/console/settings\n").Should().BeNull();
    }

    [Fact]
    public void TryParse_rejects_a_part_longer_than_MaxPartLength()
    {
        var address = $"kafka:/cluster/{ClusterId}/topic/{new string('x', AddressTemplate.MaxPartLength + 1)}";

        TopicCrn.TryParse(address).Should().BeNull();
    }

    [Fact]
    public void Validation_error_names_the_placeholder_but_not_the_value()
    {
        const string secret = "s3cr3t-not-a-uuid";

        var act = () => TopicCrn.Format([secret, "orders"]);

        var error = act.Should().Throw<AuditValidationException>().Which;
        error.Field.Should().Be("resource.uuid");
        error.Message.Should().Contain("resource.uuid").And.NotContain(secret);
    }

    [Theory]
    [InlineData("alice")]
    [InlineData("al\nice@example.com")]
    public void Email_validation_error_does_not_reveal_the_value(string email)
    {
        var act = () => UserCrn.Format([email]);

        act.Should().Throw<AuditValidationException>().Which.Message.Should().NotContain(email);
    }

    [Fact]
    public void Placeholders_are_listed_in_template_order()
    {
        ResourceCrn.Placeholders.Should().Equal("cluster", "resourceType", "resourceName");
    }

    [Theory]
    [InlineData("kafka:/cluster")]
    [InlineData("kafka:/cluster/<uuid")]
    [InlineData("kafka:/cluster/uuid>")]
    [InlineData("kafka:/cluster/<1uuid>")]
    [InlineData("kafka:/cluster/<>")]
    public void Constructor_rejects_a_template_without_well_formed_placeholders(string template)
    {
        var act = () => new AddressTemplate(template);

        act.Should().Throw<ArgumentException>();
    }
}
