using AuditLog.Cli.Tests.Support;

namespace AuditLog.Cli.Tests;

public sealed class VerifyCommandTests(ServerFixture postgres) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task An_untouched_log_is_intact()
    {
        var database = await postgres.NewDatabaseAsync();
        await SampleAudit.WriteAsync(database);

        var result = await Tool.RunAsync("verify", "--connection", database);

        result.ExitCode.Should().Be(0, result.Error);
        result.Output.Trim().Should().Be("Intact: 5 events in 1 chain.");
    }

    [Fact]
    public async Task On_a_terminal_verification_shows_it_is_working_on_the_error_stream_only()
    {
        var database = await postgres.NewDatabaseAsync();
        await SampleAudit.WriteAsync(database);

        var result = await Tool.RunAsync(Terminal.Error, "verify", "--connection", database);

        result.ExitCode.Should().Be(0, result.Error);
        result.Error.Should().Contain("Verifying integrity chains…");
        result.Output.Should().Be($"Intact: 5 events in 1 chain.{Environment.NewLine}");
    }

    [Fact]
    public async Task An_empty_log_is_intact()
    {
        var database = await postgres.NewDatabaseAsync();
        await Tool.RunAsync("migrate", "--connection", database);

        var result = await Tool.RunAsync("verify", "--connection", database);

        result.ExitCode.Should().Be(0, result.Error);
        result.Output.Trim().Should().Be("Intact: 0 events in 0 chains.");
    }

    [Fact]
    public async Task A_changed_event_fails_verification_naming_it()
    {
        var database = await postgres.NewDatabaseAsync();
        var recorded = await SampleAudit.WriteAsync(database);
        var orders = recorded["orders"].Id;
        await Database.ExecuteAsync(
            database,
            $"""
            ALTER TABLE auditlog.events DISABLE TRIGGER events_append_only;
            UPDATE auditlog.events SET payload = replace(payload, 'orders', 'orderz') WHERE id = '{orders}';
            """);

        var result = await Tool.RunAsync("verify", "--connection", database);

        result.ExitCode.Should().Be(1);
        result.Output.Should().StartWith($"Integrity violation: Changed event {orders} (writer ").And.Contain("sequence 1)");
    }

    [Fact]
    public async Task A_removed_event_fails_verification()
    {
        var database = await postgres.NewDatabaseAsync();
        var recorded = await SampleAudit.WriteAsync(database);
        await Database.ExecuteAsync(
            database,
            $"""
            ALTER TABLE auditlog.events DISABLE TRIGGER events_append_only;
            DELETE FROM auditlog.events WHERE id = '{recorded["sink"].Id}';
            """);

        var result = await Tool.RunAsync("verify", "--connection", database);

        result.ExitCode.Should().Be(1);
        result.Output.Should().StartWith("Integrity violation: Removed ").And.Contain("sequence 3)");
    }

    [Fact]
    public async Task Verifying_a_database_without_the_schema_fails_saying_to_migrate()
    {
        var database = await postgres.NewDatabaseAsync();

        var result = await Tool.RunAsync("verify", "--connection", database);

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("auditlog migrate");
    }
}
