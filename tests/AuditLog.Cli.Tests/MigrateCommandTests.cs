using AuditLog.Cli.Tests.Support;
using Npgsql;

namespace AuditLog.Cli.Tests;

public sealed class MigrateCommandTests(ServerFixture postgres) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task Migrate_creates_the_schema_then_reports_it_is_up_to_date()
    {
        var database = await postgres.NewDatabaseAsync();

        var first = await Tool.RunAsync("migrate", "--connection", database);
        var second = await Tool.RunAsync("migrate", "--connection", database);

        first.ExitCode.Should().Be(0, first.Error);
        first.Output.Should().MatchRegex(@"^Schema auditlog migrated from version 0 to \d+\.\s*$");
        second.ExitCode.Should().Be(0, second.Error);
        second.Output.Should().MatchRegex(@"^Schema auditlog already at version \d+\.\s*$");
    }

    [Fact]
    public async Task Migrate_uses_the_schema_option()
    {
        var database = await postgres.NewDatabaseAsync();

        var result = await Tool.RunAsync("migrate", "--connection", database, "--schema", "audit_trail");

        result.ExitCode.Should().Be(0, result.Error);
        result.Output.Should().StartWith("Schema audit_trail migrated");
        (await Database.TableExistsAsync(database, "audit_trail.events")).Should().BeTrue();
    }

    [Fact]
    public async Task Migrate_reads_CDK_DATABASE_URL_when_no_connection_is_given()
    {
        var database = await postgres.NewDatabaseAsync();

        var result = await Tool.RunAsync(new Dictionary<string, string?> { ["CDK_DATABASE_URL"] = Database.Url(database) }, "migrate");

        result.ExitCode.Should().Be(0, result.Error);
        (await Database.TableExistsAsync(database, "auditlog.events")).Should().BeTrue();
    }

    [Fact]
    public async Task Migrate_reads_the_separate_CDK_DATABASE_variables()
    {
        var database = new NpgsqlConnectionStringBuilder(await postgres.NewDatabaseAsync());

        var result = await Tool.RunAsync(
            new Dictionary<string, string?>
            {
                ["CDK_DATABASE_HOST"] = database.Host,
                ["CDK_DATABASE_PORT"] = database.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["CDK_DATABASE_NAME"] = database.Database,
                ["CDK_DATABASE_USERNAME"] = database.Username,
                ["CDK_DATABASE_PASSWORD"] = database.Password,
            },
            "migrate");

        result.ExitCode.Should().Be(0, result.Error);
        (await Database.TableExistsAsync(database.ConnectionString, "auditlog.events")).Should().BeTrue();
    }

    [Fact]
    public async Task Migrate_accepts_a_postgresql_url_as_connection()
    {
        var database = await postgres.NewDatabaseAsync();

        var result = await Tool.RunAsync("migrate", "--connection", Database.Url(database));

        result.ExitCode.Should().Be(0, result.Error);
        (await Database.TableExistsAsync(database, "auditlog.events")).Should().BeTrue();
    }

    [Fact]
    public async Task Migrate_reads_the_connection_string_setting_of_a_host()
    {
        var database = await postgres.NewDatabaseAsync();

        var result = await Tool.RunAsync(new Dictionary<string, string?> { ["AuditLog:PostgreSql:ConnectionString"] = database }, "migrate");

        result.ExitCode.Should().Be(0, result.Error);
        (await Database.TableExistsAsync(database, "auditlog.events")).Should().BeTrue();
    }

    [Fact]
    public async Task The_connection_option_wins_over_CDK_DATABASE_URL()
    {
        var database = await postgres.NewDatabaseAsync();

        var result = await Tool.RunAsync(
            new Dictionary<string, string?> { ["CDK_DATABASE_URL"] = "postgresql://nobody:wrong@127.0.0.1:1/nothing" },
            "migrate",
            "--connection",
            database);

        result.ExitCode.Should().Be(0, result.Error);
    }
}
