namespace AuditLog.Testing.Tests.PostgreSql;

/// <summary>A test server trades durability for speed; a server for measurements keeps PostgreSQL's durable defaults.</summary>
public sealed class PostgreSqlServerDurabilityTests
{
    [Fact]
    public async Task A_test_server_runs_without_fsync_or_synchronous_commit()
    {
        await using PostgreSqlServer server = await PostgreSqlServer.StartLocalAsync(durable: false, CancellationToken.None);

        (await SettingsAsync(server)).Should().Be("off off off");
    }

    [Fact]
    public async Task A_durable_server_keeps_fsync_synchronous_commit_and_full_page_writes_on()
    {
        await using PostgreSqlServer server = await PostgreSqlServer.StartLocalAsync(durable: true, CancellationToken.None);

        (await SettingsAsync(server)).Should().Be("on on on");
    }

    private static Task<string> SettingsAsync(PostgreSqlServer server) => Sql.ScalarAsync<string>(
        server.ConnectionString,
        "SELECT current_setting('fsync') || ' ' || current_setting('synchronous_commit') || ' ' || current_setting('full_page_writes')");
}
