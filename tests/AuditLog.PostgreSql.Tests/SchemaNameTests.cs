using AuditLog.PostgreSql.Schema;

namespace AuditLog.PostgreSql.Tests;

public sealed class SchemaNameTests
{
    [Fact]
    public void A_lower_case_identifier_parses_without_an_error()
    {
        var parsed = SchemaName.TryParse("audit_2024", out var schema, out var error);

        (parsed, schema?.Value, error).Should().Be((true, "audit_2024", (string?)null));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Audit")]
    [InlineData("1audit")]
    [InlineData("x; DROP SCHEMA public")]
    public void Anything_else_fails_with_the_rule_it_breaks(string? value)
    {
        var parsed = SchemaName.TryParse(value, out var schema, out var error);

        (parsed, schema, error).Should().Be((false, (SchemaName?)null, SchemaName.Rule));
    }

    [Fact]
    public void A_name_of_64_characters_is_too_long()
    {
        SchemaName.TryParse(new string('a', 64), out _, out _).Should().BeFalse();
    }

    [Fact]
    public void Parse_throws_naming_the_configuration_key_and_the_rule()
    {
        var parse = () => SchemaName.Parse("Audit");

        parse.Should().Throw<ArgumentException>().WithMessage($"AuditLog:PostgreSql:Schema {SchemaName.Rule}.*");
    }
}
