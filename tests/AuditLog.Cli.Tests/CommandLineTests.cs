using AuditLog.Cli.Tests.Support;

namespace AuditLog.Cli.Tests;

public sealed class CommandLineTests
{
    [Fact]
    public async Task Root_help_lists_the_commands()
    {
        var result = await Tool.RunAsync("--help");

        result.ExitCode.Should().Be(0);
        result.Output.Should().Contain("auditlog").And.Contain("migrate").And.Contain("export").And.Contain("verify").And.Contain("purge");
    }

    [Theory]
    [InlineData("migrate")]
    [InlineData("export")]
    [InlineData("verify")]
    [InlineData("purge")]
    public async Task Each_command_has_help_listing_the_connection_options_and_an_example(string command)
    {
        var result = await Tool.RunAsync(command, "--help");

        result.ExitCode.Should().Be(0, result.Error);
        result.Output.Should().Contain($"auditlog {command}").And.Contain("--connection").And.Contain("--schema").And.Contain("CDK_DATABASE_URL");
        result.Output.Should().Contain($"Example: auditlog {command}");
    }

    [Fact]
    public async Task Export_help_lists_every_filter()
    {
        var result = await Tool.RunAsync("export", "--help");

        result.Output.Should().ContainAll(
            "--format", "--output", "--from", "--to", "--type", "--family", "--actor", "--resource", "--resource-type", "--outcome", "--search");
    }

    [Fact]
    public async Task Version_prints_the_tool_version()
    {
        var result = await Tool.RunAsync("--version");

        result.ExitCode.Should().Be(0);
        result.Output.Should().MatchRegex(@"^\d+\.\d+\.\d+");
    }

    [Fact]
    public async Task An_unknown_command_is_a_usage_error()
    {
        var result = await Tool.RunAsync("frobnicate");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("frobnicate").And.Contain("auditlog --help");
    }

    [Fact]
    public async Task No_command_is_a_usage_error()
    {
        var result = await Tool.RunAsync();

        result.ExitCode.Should().Be(2);
    }

    [Fact]
    public async Task An_unknown_option_is_a_usage_error()
    {
        var result = await Tool.RunAsync("migrate", "--frobnicate");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("--frobnicate").And.Contain("auditlog migrate --help");
    }
}
