using AuditLog.Cli.Help;
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
        result.Output.Should().Contain($"Examples:{Environment.NewLine}  auditlog {command}");
    }

    [Fact]
    public void Every_example_in_help_parses_without_error()
    {
        var root = AuditLogCommandLine.CreateRootCommand(new CliConsole(TextWriter.Null, TextWriter.Null, ErrorIsTerminal: false), Tool.Settings());
        var examples = root.Subcommands.Prepend(root).Cast<DocumentedCommand>().SelectMany(c => c.Examples)
            .Select(e => e.CommandLine.Split(" | ")[0].Split(" || ")[0])
            .Where(line => !line.Contains('<', StringComparison.Ordinal))
            .ToList();

        examples.Should().HaveCountGreaterThan(4);
        foreach (var example in examples)
        {
            root.Parse(example).Errors.Should().BeEmpty(example);
        }
    }

    [Theory]
    [InlineData]
    [InlineData("migrate")]
    [InlineData("export")]
    [InlineData("verify")]
    [InlineData("purge")]
    public async Task Help_documents_the_exit_codes(params string[] command)
    {
        var result = await Tool.RunAsync([.. command, "--help"]);

        result.Output.Should().ContainAll("Exit codes:", "  0    success", "  1    verify found a broken chain", "  2    usage or configuration error", "  130  cancelled");
    }

    [Fact]
    public async Task Root_help_shows_an_example()
    {
        var result = await Tool.RunAsync("--help");

        result.Output.Should().Contain($"Examples:{Environment.NewLine}  auditlog export --format json");
    }

    [Theory]
    [InlineData("--format", "export", "--format", "xml")]
    [InlineData("--outcome", "export", "--format", "csv", "--outcome", "maybe")]
    [InlineData("--format", "export")]
    [InlineData("--from", "export", "--format", "csv", "--from", "yesterday")]
    [InlineData("--older-than", "purge", "--older-than", "3mo")]
    [InlineData("--schema", "verify", "--schema", "Bad-Name", "--connection", "Host=localhost;Database=audit")]
    [InlineData("--connection", "migrate")]
    public async Task A_usage_error_exits_2_with_one_line_naming_the_problem(string named, params string[] args)
    {
        var result = await Tool.RunAsync(args);

        result.ExitCode.Should().Be(2);
        result.Output.Should().BeEmpty();
        var problems = Lines(result.Error).Where(l => !l.StartsWith("Run 'auditlog", StringComparison.Ordinal)).ToList();
        problems.Should().ContainSingle().Which.Should().StartWith("auditlog: ").And.Contain(named);
        result.Error.Should().NotContain("   at ").And.NotContain("Exception");
    }

    [Fact]
    public async Task A_run_time_failure_exits_1_with_one_line_and_no_stack_trace()
    {
        var result = await Tool.RunAsync("verify", "--connection", "Host=127.0.0.1;Port=1;Database=audit;Timeout=5");

        result.ExitCode.Should().Be(1);
        Lines(result.Error).Should().ContainSingle().Which.Should().StartWith("auditlog: Cannot reach the database");
        result.Error.Should().NotContain("   at ");
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

    private static string[] Lines(string text) => text.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
}
