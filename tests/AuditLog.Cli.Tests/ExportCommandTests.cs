using AuditLog.Cli.Tests.Support;
using AuditLog.CloudEvents;
using AuditLog.Resources;

namespace AuditLog.Cli.Tests;

public sealed class ExportCommandTests(ServerFixture postgres) : IClassFixture<ServerFixture>, IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("auditlog-cli-");

    [Fact]
    public async Task Json_export_writes_one_CloudEvent_per_line_newest_first()
    {
        var (database, recorded) = await SampleDatabaseAsync();
        var file = Path.Combine(folder.FullName, "audit.json");

        var result = await Tool.RunAsync("export", "--format", "json", "--output", file, "--connection", database);

        result.ExitCode.Should().Be(0, result.Error);
        var exported = File.ReadAllLines(file).Select(AuditCloudEventMapper.FromJson).ToList();
        exported.Select(e => e.Id).Should().Equal(recorded.Values.OrderByDescending(e => e.Time).Select(e => e.Id));
        exported.Should().BeEquivalentTo(recorded.Values, o => o.ComparingByMembers<AuditEvent>().Excluding(e => e.Metadata));
    }

    [Fact]
    public async Task Csv_export_writes_a_header_then_one_row_per_event()
    {
        var (database, recorded) = await SampleDatabaseAsync();
        var file = Path.Combine(folder.FullName, "audit.csv");

        var result = await Tool.RunAsync("export", "--format", "csv", "--output", file, "--connection", database);

        result.ExitCode.Should().Be(0, result.Error);
        var lines = File.ReadAllLines(file);
        lines[0].Should().StartWith("id,time,type,");
        lines.Skip(1).Select(l => Guid.Parse(l[..36])).Should().Equal(recorded.Values.OrderByDescending(e => e.Time).Select(e => e.Id));
    }

    [Fact]
    public async Task Csv_export_to_the_terminal_shows_escape_sequences_instead_of_obeying_them()
    {
        var database = await postgres.NewDatabaseAsync();
        var hostile = AuditEvents.Kafka.Topic.Create.For(new KafkaTopic("production", "orders"), AuditActor.User("alice@example.com")) with
        {
            Outcome = AuditOutcome.Failure("msg\u001b]0;PWNED\u0007\u001b[2J\rFAKE-LINE"),
        };
        await SampleAudit.LogAsync(database, new Dictionary<string, AuditEvent> { ["hostile"] = hostile });

        var result = await Tool.RunAsync("export", "--format", "csv", "--connection", database);

        result.ExitCode.Should().Be(0, result.Error);
        result.Output.Should().Contain(",msg\u241b]0;PWNED\u2407\u241b[2J\u240dFAKE-LINE,");
        result.Output.Replace("\r\n", "\n", StringComparison.Ordinal).Should().NotContainAny("\u001b", "\u0007", "\r");
    }

    [Fact]
    public async Task Export_to_a_file_prints_only_a_summary_on_the_error_stream()
    {
        var (database, _) = await SampleDatabaseAsync();
        var file = Path.Combine(folder.FullName, "audit.json");

        var result = await Tool.RunAsync("export", "--format", "json", "--output", file, "--connection", database);

        result.Output.Should().BeEmpty();
        result.Error.Trim().Should().Be($"Exported 5 events to {file}");
    }

    [Fact]
    public async Task Without_output_the_events_go_to_standard_output_and_the_summary_to_the_error_stream()
    {
        var (database, recorded) = await SampleDatabaseAsync();

        var result = await Tool.RunAsync("export", "--format", "json", "--connection", database);

        result.ExitCode.Should().Be(0, result.Error);
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Select(l => AuditCloudEventMapper.FromJson(l).Id).Should().BeEquivalentTo(recorded.Values.Select(e => e.Id));
        result.Error.Trim().Should().Be("Exported 5 events.");
    }

    [Theory]
    [InlineData(new[] { "--type", "Kafka.Topic.Create" }, new[] { "orders" })]
    [InlineData(new[] { "--type", "Kafka.Topic.Create", "--type", "Kafka.Topic.Delete" }, new[] { "payments", "orders" })]
    [InlineData(new[] { "--family", "security" }, new[] { "mallory" })]
    [InlineData(new[] { "--actor", "bob@example.com" }, new[] { "payments" })]
    [InlineData(new[] { "--resource", "//kafka/kafkacluster/production/topic/" }, new[] { "inventory", "payments", "orders" })]
    [InlineData(new[] { "--resource-type", "Connector" }, new[] { "sink" })]
    [InlineData(new[] { "--from", "2026-11-01", "--to", "2026-11-03" }, new[] { "sink", "payments" })]
    [InlineData(new[] { "--from", "2026-11-02T08:00:00Z" }, new[] { "mallory", "inventory", "sink" })]
    [InlineData(new[] { "--to", "2026-11-01T11:00:00+01:00" }, new[] { "orders" })]
    [InlineData(new[] { "--outcome", "denied" }, new[] { "payments" })]
    [InlineData(new[] { "--outcome", "failure" }, new[] { "mallory", "sink" })]
    [InlineData(new[] { "--search", "inventory" }, new[] { "inventory" })]
    [InlineData(new[] { "--outcome", "success", "--actor", "alice@example.com" }, new[] { "orders" })]
    public async Task Each_filter_narrows_the_export(string[] filter, string[] expected)
    {
        var (database, recorded) = await SampleDatabaseAsync();

        var result = await Tool.RunAsync(["export", "--format", "json", "--connection", database, .. filter]);

        result.ExitCode.Should().Be(0, result.Error);
        var ids = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => AuditCloudEventMapper.FromJson(l).Id);
        ids.Should().Equal(expected.Select(name => recorded[name].Id));
    }

    [Fact]
    public async Task An_unknown_event_type_is_a_usage_error()
    {
        var result = await Tool.RunAsync("export", "--format", "json", "--type", "Kafka.Topic.Explode", "--connection", "Host=localhost;Database=audit");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("Kafka.Topic.Explode");
        result.Output.Should().BeEmpty();
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("2026-11-01T09:30:00")]
    [InlineData("2026-13-01")]
    public async Task A_time_that_is_not_RFC_3339_or_a_date_is_a_usage_error(string from)
    {
        var result = await Tool.RunAsync("export", "--format", "json", "--from", from, "--connection", "Host=localhost;Database=audit");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("--from").And.Contain("RFC 3339");
    }

    [Fact]
    public async Task A_missing_format_is_a_usage_error()
    {
        var result = await Tool.RunAsync("export", "--connection", "Host=localhost;Database=audit");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("--format");
    }

    [Fact]
    public async Task A_filter_the_store_refuses_is_a_usage_error_and_leaves_the_previous_file_alone()
    {
        var (database, _) = await SampleDatabaseAsync();
        var file = Path.Combine(folder.FullName, "audit.json");
        await File.WriteAllTextAsync(file, "previous export");

        var result = await Tool.RunAsync("export", "--format", "json", "--from", "2026-11-03", "--to", "2026-11-01", "--output", file, "--connection", database);

        result.ExitCode.Should().Be(2);
        (await File.ReadAllTextAsync(file)).Should().Be("previous export");
        folder.GetFiles().Select(f => f.Name).Should().Equal("audit.json");
    }

    [Fact]
    public async Task Exporting_from_a_database_without_the_schema_fails_saying_to_migrate()
    {
        var database = await postgres.NewDatabaseAsync();
        var file = Path.Combine(folder.FullName, "audit.json");

        var result = await Tool.RunAsync("export", "--format", "json", "--output", file, "--connection", database);

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("auditlog migrate");
        folder.GetFiles().Should().BeEmpty();
    }

    [Fact]
    public async Task On_a_terminal_an_export_to_a_file_shows_the_count_exported_on_the_error_stream()
    {
        var (database, _) = await SampleDatabaseAsync();
        var file = Path.Combine(folder.FullName, "audit.json");

        var run = await Tool.RunAsync(Terminal.Error, "export", "--format", "json", "--output", file, "--connection", database);

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().BeEmpty();
        run.Error.Should().Contain("Exporting… 5 events").And.Contain("\u001b[").And.EndWith($"Exported 5 events to {file}{Environment.NewLine}");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_redirected_error_stream_gets_no_escape_sequences(bool toFile)
    {
        var (database, _) = await SampleDatabaseAsync();
        string[] output = toFile ? ["--output", Path.Combine(folder.FullName, "audit.csv")] : [];

        var result = await Tool.RunAsync(["export", "--format", "csv", "--connection", database, .. output]);

        result.ExitCode.Should().Be(0, result.Error);
        (result.Output + result.Error).Should().NotContain("\u001b");
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("json")]
    public async Task The_exported_file_is_byte_identical_with_and_without_drawn_progress(string format)
    {
        var (database, _) = await SampleDatabaseAsync();
        var plain = Path.Combine(folder.FullName, "plain." + format);
        var drawn = Path.Combine(folder.FullName, "drawn." + format);

        await Tool.RunAsync("export", "--format", format, "--output", plain, "--connection", database);
        var run = await Tool.RunAsync(Terminal.Error, "export", "--format", format, "--output", drawn, "--connection", database);

        run.Error.Should().Contain("\u001b[", "progress was drawn");
        (await File.ReadAllBytesAsync(drawn)).Should().Equal(await File.ReadAllBytesAsync(plain));
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("json")]
    public async Task Standard_output_carries_the_same_data_when_progress_is_drawn_on_the_error_stream(string format)
    {
        var (database, _) = await SampleDatabaseAsync();

        var plain = await Tool.RunAsync("export", "--format", format, "--connection", database);
        var drawn = await Tool.RunAsync(Terminal.Error, "export", "--format", format, "--connection", database);

        drawn.Error.Should().Contain("Exporting… 5 events");
        drawn.Output.Should().Be(plain.Output).And.NotContain("\u001b");
    }

    [Fact]
    public async Task Events_shown_on_the_terminal_get_no_progress_drawn_over_them()
    {
        var (database, _) = await SampleDatabaseAsync();

        var run = await Tool.RunAsync(Terminal.Error | Terminal.Output, "export", "--format", "json", "--connection", database);

        run.ExitCode.Should().Be(0, run.Error);
        run.Error.Should().Be($"Exported 5 events.{Environment.NewLine}");
    }

    [Fact]
    public async Task A_cancelled_export_exits_130_and_leaves_no_file()
    {
        var (database, _) = await SampleDatabaseAsync();
        var file = Path.Combine(folder.FullName, "audit.json");
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await AuditLogCommandLine.RunAsync(["export", "--format", "json", "--output", file, "--connection", database], output, error, Tool.Settings(), cancelled.Token);

        exitCode.Should().Be(130, error.ToString());
        error.ToString().Should().Contain("Cancelled.");
        folder.GetFiles().Should().BeEmpty();
    }

    public void Dispose() => folder.Delete(recursive: true);

    private async Task<(string Database, IReadOnlyDictionary<string, AuditEvent> Recorded)> SampleDatabaseAsync()
    {
        var database = await postgres.NewDatabaseAsync();
        return (database, await SampleAudit.WriteAsync(database));
    }
}
