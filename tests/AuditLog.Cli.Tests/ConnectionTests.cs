using AuditLog.Cli.Tests.Support;

namespace AuditLog.Cli.Tests;

public sealed class ConnectionTests
{
    [Fact]
    public async Task Without_any_connection_the_tool_exits_2_naming_both_ways_to_give_one()
    {
        var result = await Tool.RunAsync("migrate");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("--connection").And.Contain("CDK_DATABASE_URL");
        result.Output.Should().BeEmpty();
    }

    [Fact]
    public async Task An_invalid_CDK_DATABASE_URL_exits_2_without_printing_the_password()
    {
        var result = await Tool.RunAsync(new Dictionary<string, string?> { ["CDK_DATABASE_URL"] = "postgresql://admin:Hunter2Secret@db.example.com:5432" }, "migrate");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("CDK_DATABASE_URL");
        (result.Output + result.Error).Should().NotContain("Hunter2Secret");
    }

    [Fact]
    public async Task A_malformed_connection_option_exits_2_without_printing_it()
    {
        var result = await Tool.RunAsync("migrate", "--connection", "Host=localhost;Password=Hunter2Secret;Bogus Keyword=1");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("--connection");
        (result.Output + result.Error).Should().NotContain("Hunter2Secret");
    }

    [Fact]
    public async Task An_unreachable_database_exits_1_saying_so_without_the_password()
    {
        var result = await Tool.RunAsync("migrate", "--connection", "postgresql://admin:Hunter2Secret@127.0.0.1:1/audit?connect_timeout=5");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("Cannot reach the database admin@127.0.0.1:1/audit");
        (result.Output + result.Error).Should().NotContain("Hunter2Secret");
    }

    [Fact]
    public async Task An_invalid_schema_name_is_a_usage_error()
    {
        var result = await Tool.RunAsync("migrate", "--connection", "Host=localhost;Database=audit", "--schema", "Robert'); DROP TABLE students;--");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("--schema");
    }
}
