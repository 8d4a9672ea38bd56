using AuditLog.Cli.Tests.Support;

namespace AuditLog.Cli.Tests;

/// <summary><c>auditlog verify --topic</c> against the sample log published by the real relay to a mock cluster.</summary>
public sealed class VerifyTopicCommandTests(ServerFixture postgres) : IClassFixture<ServerFixture>
{
    private const string Tamper = "SET session_replication_role = replica; ";

    [Fact]
    public async Task An_untouched_log_and_topic_are_intact()
    {
        using var audit = await PublishedAudit.StartAsync(await postgres.NewDatabaseAsync());

        var result = await audit.RunAsync("verify", "--topic", PublishedAudit.Topic, "--connection", audit.Database);

        result.ExitCode.Should().Be(0, result.Error);
        Lines(result.Output).Should().Equal("Intact: 5 events in 1 chain.", "Intact: 5 events on the topic match the database.");
    }

    [Fact]
    public async Task Names_an_event_whose_payload_was_changed_in_the_database_and_exits_1()
    {
        using var audit = await PublishedAudit.StartAsync(await postgres.NewDatabaseAsync());
        var orders = audit.Events["orders"].Id;
        await Database.ExecuteAsync(audit.Database, $"{Tamper}UPDATE auditlog.events SET payload = replace(payload, 'alice@', 'eve@') WHERE id = '{orders}'");

        var result = await audit.RunAsync("verify", "--topic", PublishedAudit.Topic, "--cluster", PublishedAudit.ClusterId, "--connection", audit.Database);

        result.ExitCode.Should().Be(1, result.Error);
        var lines = Lines(result.Output);
        lines.Should().ContainSingle(l => l.StartsWith($"Topic witness: Changed event {orders} (writer ", StringComparison.Ordinal))
            .Which.Should().EndWith("its payload differs from the record on the topic.");
        lines[^1].Should().Be("Not intact: 1 finding; 4 of 5 events on the topic match the database.");
    }

    [Fact]
    public async Task Names_the_newest_event_deleted_with_its_head_moved_back_though_the_chains_are_intact()
    {
        using var audit = await PublishedAudit.StartAsync(await postgres.NewDatabaseAsync());
        var newest = audit.Events["mallory"].Id;
        await Database.ExecuteAsync(
            audit.Database,
            $"""
            {Tamper}
            DELETE FROM auditlog.events WHERE id = '{newest}';
            UPDATE auditlog.chain_heads h SET sequence = e.sequence, hash = e.hash
            FROM auditlog.events e WHERE e.writer_id = h.writer_id AND e.sequence = h.sequence - 1;
            """);

        var result = await audit.RunAsync("verify", "--topic", PublishedAudit.Topic, "--connection", audit.Database);

        result.ExitCode.Should().Be(1, result.Error);
        var lines = Lines(result.Output);
        lines[0].Should().Be("Intact: 4 events in 1 chain.", "the database's own chains were rewritten consistently");
        lines.Should().ContainSingle(l => l.StartsWith($"Topic witness: Removed event {newest} (writer ", StringComparison.Ordinal) && l.Contains("sequence 5)", StringComparison.Ordinal));
        lines[^1].Should().Be("Not intact: 1 finding; 4 of 5 events on the topic match the database.");
    }

    [Fact]
    public async Task Reports_a_duplicate_on_the_topic_and_exits_1()
    {
        using var audit = await PublishedAudit.StartAsync(await postgres.NewDatabaseAsync());
        await audit.DuplicateARecordAsync();

        var result = await audit.RunAsync("verify", "--topic", PublishedAudit.Topic, "--connection", audit.Database);

        result.ExitCode.Should().Be(1, result.Error);
        Lines(result.Output).Should().ContainSingle(l => l.StartsWith("Topic violation: Duplicate: Sequence ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Refuses_cluster_without_topic()
    {
        var result = await Tool.RunAsync("verify", "--cluster", "local", "--connection", "Host=localhost;Database=none");

        result.ExitCode.Should().Be(2);
        result.Error.Should().StartWith("auditlog: --cluster needs --topic");
    }

    [Fact]
    public async Task Refuses_a_cluster_that_is_not_registered_before_reading_anything()
    {
        var database = await postgres.NewDatabaseAsync();

        var result = await Tool.RunAsync("verify", "--topic", "audit", "--cluster", "prod-eu", "--connection", database);

        result.ExitCode.Should().Be(2);
        result.Output.Should().BeEmpty();
        result.Error.Should().StartWith("auditlog: No cluster prod-eu is registered");
    }

    [Fact]
    public async Task Help_shows_an_example_with_topic()
    {
        var result = await Tool.RunAsync("verify", "--help");

        result.ExitCode.Should().Be(0);
        result.Output.Should().Contain("auditlog verify --topic _conduktor_console_audit_log").And.Contain("--cluster <id>");
    }

    [Fact]
    public async Task Completes_the_topic_option()
    {
        var result = await Tool.RunAsync("[suggest]", "auditlog verify --to");

        Lines(result.Output).Should().Equal("--topic");
    }

    private static List<string> Lines(string text) => text.Split(["\r\n", "\n"], StringSplitOptions.RemoveEmptyEntries).ToList();
}
