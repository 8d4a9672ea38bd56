using AuditLog.Cli.Tests.Support;

namespace AuditLog.Cli.Tests;

public sealed class TailCommandTests(ServerFixture postgres) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task Writes_the_topics_events_as_the_json_export_writes_them()
    {
        using var audit = await PublishedAudit.StartAsync(await postgres.NewDatabaseAsync());

        var tail = await audit.RunAsync("tail", "--format", "json");
        var export = await Tool.RunAsync("export", "--format", "json", "--connection", audit.Database);

        tail.ExitCode.Should().Be(0, tail.Error);
        Lines(tail.Output).Should().HaveCount(5).And.BeEquivalentTo(Lines(export.Output));
        tail.Error.Trim().Should().Be("Read 5 events from topic audit on cluster local.");
    }

    [Fact]
    public async Task Writes_the_topics_events_as_the_csv_export_writes_them()
    {
        using var audit = await PublishedAudit.StartAsync(await postgres.NewDatabaseAsync());

        var tail = await audit.RunAsync("tail", "--cluster", "local", "--topic", "audit", "--format", "csv");
        var export = await Tool.RunAsync("export", "--format", "csv", "--connection", audit.Database);

        tail.ExitCode.Should().Be(0, tail.Error);
        var rows = Lines(tail.Output);
        rows[0].Should().Be(Lines(export.Output)[0], "the same header");
        rows.Should().HaveCount(6).And.BeEquivalentTo(Lines(export.Output));
    }

    [Fact]
    public async Task Writes_to_a_file_with_output()
    {
        using var audit = await PublishedAudit.StartAsync(await postgres.NewDatabaseAsync());
        var path = Path.Combine(Path.GetTempPath(), $"tail-{Guid.NewGuid():N}.json");
        try
        {
            var tail = await audit.RunAsync("tail", "--output", path);

            tail.ExitCode.Should().Be(0, tail.Error);
            tail.Output.Should().BeEmpty();
            Lines(await File.ReadAllTextAsync(path)).Should().HaveCount(5);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Reports_a_duplicate_on_standard_error_writes_the_event_once_and_exits_1()
    {
        using var audit = await PublishedAudit.StartAsync(await postgres.NewDatabaseAsync());
        await audit.DuplicateARecordAsync();

        var tail = await audit.RunAsync("tail");

        tail.ExitCode.Should().Be(1);
        Lines(tail.Output).Should().HaveCount(5);
        var errors = Lines(tail.Error);
        errors.Should().ContainSingle(l => l.StartsWith("Topic violation: Duplicate: Sequence ", StringComparison.Ordinal));
        errors[^1].Should().Be("Read 5 events from topic audit on cluster local; 1 violation of the chains.");
    }

    [Fact]
    public async Task Starts_at_a_time_with_from()
    {
        using var audit = await PublishedAudit.StartAsync(await postgres.NewDatabaseAsync());

        // The records were written now, long after the sample's event times: a time in the future finds none.
        var tail = await audit.RunAsync("tail", "--from", DateTimeOffset.UtcNow.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

        tail.ExitCode.Should().Be(0, tail.Error);
        tail.Output.Should().BeEmpty();
    }

    [Fact]
    public async Task Refuses_a_cluster_property_librdkafka_cannot_use_with_the_libraries_one_line_error()
    {
        var variables = new Dictionary<string, string?>
        {
            ["CDK_CLUSTERS_0_ID"] = "local",
            ["CDK_CLUSTERS_0_BOOTSTRAPSERVERS"] = "localhost:9092",
            ["CDK_CLUSTERS_0_PROPERTIES"] = "ssl.truststore.location=/etc/kafka/truststore.jks",
        };

        var tail = await Tool.RunAsync(variables, "tail", "--cluster", "local", "--topic", "audit");

        tail.ExitCode.Should().Be(2);
        var line = Lines(tail.Error).Should().ContainSingle().Which;
        line.Should().StartWith("auditlog: Invalid configuration: CDK_CLUSTERS_0_PROPERTIES: ").And.Contain("ssl.truststore.location");
    }

    [Fact]
    public async Task Refuses_a_cluster_that_is_not_registered()
    {
        var tail = await Tool.RunAsync("tail", "--cluster", "prod-eu", "--topic", "audit");

        tail.ExitCode.Should().Be(2);
        tail.Error.Should().StartWith("auditlog: No cluster prod-eu is registered");
    }

    [Fact]
    public async Task Needs_a_cluster_when_none_is_configured()
    {
        var tail = await Tool.RunAsync("tail", "--topic", "audit");

        tail.ExitCode.Should().Be(2);
        tail.Error.Should().StartWith("auditlog: No cluster: pass --cluster, or set CDK_AUDITLOGPUBLISHER_CLUSTER.");
    }

    [Fact]
    public async Task Completes_the_values_of_format()
    {
        var result = await Tool.RunAsync("[suggest]", "auditlog tail --format ");

        Lines(result.Output).Should().Equal("csv", "json");
    }

    [Fact]
    public async Task Help_shows_an_example()
    {
        var result = await Tool.RunAsync("tail", "--help");

        result.ExitCode.Should().Be(0);
        result.Output.Should().Contain("Examples:").And.Contain("auditlog tail --format csv --from 2026-11-01 --output november.csv");
    }

    private static List<string> Lines(string text) => text.Split(["\r\n", "\n"], StringSplitOptions.RemoveEmptyEntries).ToList();
}
