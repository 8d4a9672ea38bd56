using AuditLog.Cli.Tests.Support;

namespace AuditLog.Cli.Tests;

/// <summary>What dotnet-suggest's shell shims get back when they ask <c>auditlog [suggest:position] "command line"</c>.</summary>
public sealed class CompletionTests
{
    [Theory]
    [InlineData("auditlog export --format ", new[] { "csv", "json" })]
    [InlineData("auditlog export --format j", new[] { "json" })]
    [InlineData("auditlog export -f ", new[] { "csv", "json" })]
    [InlineData("auditlog export --family ", new[] { "confluent", "exportable", "legacy", "security" })]
    [InlineData("auditlog export --outcome ", new[] { "denied", "failure", "success" })]
    [InlineData("auditlog export --format csv --outcome d", new[] { "denied" })]
    [InlineData("auditlog ", new[] { "--help", "--version", "-?", "-h", "/?", "/h", "export", "import-confluent", "migrate", "purge", "tail", "verify" })]
    public async Task Completes_the_values_an_option_or_command_accepts(string commandLine, string[] expected)
    {
        var result = await Tool.RunAsync("[suggest]", commandLine);

        result.ExitCode.Should().Be(0, result.Error);
        Lines(result.Output).Should().Equal(expected);
    }

    [Fact]
    public async Task Completes_event_types_from_the_catalogue()
    {
        var result = await Tool.RunAsync("[suggest]", "auditlog export --type Kafka.Topic.Cr");

        Lines(result.Output).Should().Equal("Kafka.Topic.Create");
    }

    [Fact]
    public async Task Completes_resource_types_from_the_catalogue()
    {
        var result = await Tool.RunAsync("[suggest]", "auditlog export --resource-type ");

        Lines(result.Output).Should().Contain(["Topic", "Connector", "KafkaCluster"]).And.OnlyHaveUniqueItems();
    }

    [Fact]
    public async Task Completes_at_the_position_given_not_at_the_end()
    {
        const string commandLine = "auditlog export --format  --output x.json";

        var result = await Tool.RunAsync($"[suggest:{"auditlog export --format ".Length}]", commandLine);

        Lines(result.Output).Should().Equal("csv", "json");
    }

    [Fact]
    public async Task Completes_without_a_database_and_without_running_the_command()
    {
        var result = await Tool.RunAsync("[suggest]", "auditlog migrate --sch");

        result.ExitCode.Should().Be(0);
        Lines(result.Output).Should().Equal("--schema");
        result.Error.Should().BeEmpty();
    }

    [Fact]
    public async Task A_position_beyond_the_command_line_is_a_usage_error()
    {
        var result = await Tool.RunAsync("[suggest:99]", "auditlog ex");

        result.ExitCode.Should().Be(2);
        result.Error.Should().StartWith("auditlog: [suggest:99]");
    }

    private static string[] Lines(string text) => text.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
}
