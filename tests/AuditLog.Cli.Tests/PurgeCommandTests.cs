using AuditLog.Cli.Tests.Support;

namespace AuditLog.Cli.Tests;

public sealed class PurgeCommandTests(ServerFixture postgres) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task Purge_deletes_the_events_older_than_the_age_and_the_chains_still_verify()
    {
        var database = await postgres.NewDatabaseAsync();
        await SampleAudit.WriteAsync(database); // events of 2026-10-31 to 2026-11-03

        var purge = await Tool.RunAsync("purge", "--older-than", "1d", "--connection", database);
        var verify = await Tool.RunAsync("verify", "--connection", database);
        var export = await Tool.RunAsync("export", "--format", "json", "--connection", database);

        purge.ExitCode.Should().Be(0, purge.Error);
        purge.Output.Should().MatchRegex(@"^Purged 5 events older than \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z in 1 batch\.\s*$");
        verify.ExitCode.Should().Be(0, verify.Error);
        export.Output.Should().BeEmpty();
    }

    [Fact]
    public async Task Purge_keeps_events_younger_than_the_age()
    {
        var database = await postgres.NewDatabaseAsync();
        await SampleAudit.WriteAsync(database);

        var purge = await Tool.RunAsync("purge", "--older-than", "5200w", "--connection", database);
        var verify = await Tool.RunAsync("verify", "--connection", database);

        purge.ExitCode.Should().Be(0, purge.Error);
        purge.Output.Should().StartWith("Purged 0 events older than ");
        verify.Output.Trim().Should().Be("Intact: 5 events in 1 chain.");
    }

    [Theory]
    [InlineData("7")]
    [InlineData("1mo")]
    [InlineData("0d")]
    public async Task An_age_without_a_unit_or_not_above_zero_is_a_usage_error(string age)
    {
        var result = await Tool.RunAsync("purge", "--older-than", age, "--connection", "Host=127.0.0.1");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("--older-than takes an age such as 7d");
    }

    [Fact]
    public async Task A_missing_age_is_a_usage_error()
    {
        var result = await Tool.RunAsync("purge", "--connection", "Host=127.0.0.1");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("--older-than");
    }

    [Fact]
    public async Task Help_shows_an_example()
    {
        var result = await Tool.RunAsync("purge", "--help");

        result.ExitCode.Should().Be(0);
        result.Output.Should().Contain("auditlog purge --older-than 400d");
    }
}
