using Npgsql;

namespace AuditLog.Testing.Tests.PostgreSql;

public sealed class PostgreSqlServerTests(PostgreSqlServerFixture fixture) : IClassFixture<PostgreSqlServerFixture>
{
    private PostgreSqlServer Server => fixture.Server;

    [Fact]
    public async Task StartedServerAnswersQueries()
    {
        string version = await Sql.ScalarAsync<string>(Server.ConnectionString, "SELECT version()");

        version.Should().Contain("PostgreSQL");
    }

    [Fact]
    public async Task ConnectionStringOpensTheInstanceDatabase()
    {
        string database = await Sql.ScalarAsync<string>(Server.ConnectionString, "SELECT current_database()");

        database.Should().Be(Server.Database).And.StartWith("auditlog_test_");
    }

    [Fact]
    public void ConnectionUrlNamesTheSameServerUserAndDatabase()
    {
        var url = new Uri(Server.ConnectionUrl);

        url.Scheme.Should().Be("postgresql");
        url.UserInfo.Split(':')[0].Should().Be(Server.Username);
        url.Host.Should().Be(Server.Host);
        url.Port.Should().Be(Server.Port);
        url.AbsolutePath.Should().Be("/" + Server.Database);
    }

    [Fact]
    public async Task TableCreatedInOneDatabaseIsNotVisibleInACreatedDatabase()
    {
        string first = await Server.CreateDatabaseAsync();
        string second = await Server.CreateDatabaseAsync();
        await Sql.ExecuteAsync(first, "CREATE TABLE only_here (id int)");

        long visible = await Sql.ScalarAsync<long>(second, "SELECT count(*) FROM pg_tables WHERE tablename = 'only_here'");

        visible.Should().Be(0);
    }

    [Fact]
    public async Task CreateDatabaseWithANameCreatesThatDatabase()
    {
        string name = $"named_{Guid.NewGuid():N}";

        string connectionString = await Server.CreateDatabaseAsync(name);

        (await Sql.ScalarAsync<string>(connectionString, "SELECT current_database()")).Should().Be(name);
    }

    [Theory]
    [InlineData("Upper")]
    [InlineData("has-dash")]
    [InlineData("x\"; DROP DATABASE postgres; --")]
    [InlineData("9starts_with_digit")]
    public async Task CreateDatabaseRejectsNamesThatAreNotPlainIdentifiers(string name)
    {
        var create = () => Server.CreateDatabaseAsync(name);

        await create.Should().ThrowAsync<ArgumentException>();
    }

    [Fact]
    public async Task CreatingAnExistingDatabaseFailsWithThePostgresError()
    {
        var create = () => Server.CreateDatabaseAsync(Server.Database);

        (await create.Should().ThrowAsync<PostgresException>()).Which.SqlState.Should().Be(PostgresErrorCodes.DuplicateDatabase);
    }

    [Fact]
    public async Task AttachingToAnExistingServerCreatesAFreshDatabaseThere()
    {
        await using PostgreSqlServer attached = await PostgreSqlServer.AttachAsync(Server.ConnectionUrl, CancellationToken.None);

        attached.Port.Should().Be(Server.Port);
        attached.Database.Should().NotBe(Server.Database);
        (await Sql.ScalarAsync<string>(attached.ConnectionString, "SELECT current_database()")).Should().Be(attached.Database);
    }

    [Fact]
    public async Task DisposingAnAttachedInstanceDropsOnlyItsDatabasesAndLeavesTheServerRunning()
    {
        PostgreSqlServer attached = await PostgreSqlServer.AttachAsync(Server.ConnectionUrl, CancellationToken.None);
        string extra = new NpgsqlConnectionStringBuilder(await attached.CreateDatabaseAsync()).Database!;

        await attached.DisposeAsync();

        long left = await Sql.ScalarAsync<long>(
            Server.ConnectionString,
            $"SELECT count(*) FROM pg_database WHERE datname IN ('{attached.Database}', '{extra}', '{Server.Database}')");
        left.Should().Be(1, "only the fixture's own database remains");
    }

    [Fact]
    public async Task StoppingAnAttachedServerIsNotSupported()
    {
        await using PostgreSqlServer attached = await PostgreSqlServer.AttachAsync(Server.ConnectionUrl, CancellationToken.None);

        var stop = () => attached.StopAsync();

        await stop.Should().ThrowAsync<NotSupportedException>();
    }
}
