using AuditLog.PostgreSql.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;

namespace AuditLog.PostgreSql.Tests.DependencyInjection;

[Collection(PostgreSqlCollection.Name)]
public sealed class AddPostgreSqlTests(PostgreSqlFixture postgres)
{
    [Fact]
    public async Task The_database_comes_from_CDK_DATABASE_URL_when_nothing_else_is_given()
    {
        var connectionString = await postgres.NewDatabaseAsync();
        var url = $"postgresql://{postgres.Server.Username}@{postgres.Server.Host}:{postgres.Server.Port}/{new NpgsqlConnectionStringBuilder(connectionString).Database}";
        await using var provider = Provider(new Dictionary<string, string?> { ["CDK_DATABASE_URL"] = url }, builder => builder.AddPostgreSql());

        var result = await provider.GetRequiredService<AuditSchemaMigrator>().MigrateAsync();

        result.ToVersion.Should().Be(AuditSchemaMigrator.LatestVersion);
        (await TableExistsAsync(connectionString)).Should().BeTrue();
    }

    [Fact]
    public async Task The_database_comes_from_the_CDK_DATABASE_parts()
    {
        var connectionString = await postgres.NewDatabaseAsync();
        await using var provider = Provider(
            new Dictionary<string, string?>
            {
                ["CDK_DATABASE_HOST"] = postgres.Server.Host,
                ["CDK_DATABASE_PORT"] = postgres.Server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["CDK_DATABASE_NAME"] = new NpgsqlConnectionStringBuilder(connectionString).Database,
                ["CDK_DATABASE_USERNAME"] = postgres.Server.Username,
            },
            builder => builder.AddPostgreSql());

        await provider.GetRequiredService<AuditSchemaMigrator>().MigrateAsync();

        (await TableExistsAsync(connectionString)).Should().BeTrue();
    }

    [Fact]
    public async Task A_data_source_the_host_registered_is_used_and_not_disposed()
    {
        var connectionString = await postgres.NewDatabaseAsync();
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        var provider = Provider([], builder => builder.AddPostgreSql(), services => services.AddSingleton(dataSource));

        await provider.GetRequiredService<AuditSchemaMigrator>().MigrateAsync();
        await provider.DisposeAsync();

        (await TableExistsAsync(connectionString)).Should().BeTrue();
        await using var connection = await dataSource.OpenConnectionAsync();
        connection.State.Should().Be(System.Data.ConnectionState.Open);
    }

    [Fact]
    public async Task Without_any_database_the_error_names_the_ways_to_configure_one()
    {
        await using var provider = Provider(Unset(), builder => builder.AddPostgreSql());

        var act = () => provider.GetRequiredService<AuditSchemaMigrator>();

        act.Should().Throw<InvalidOperationException>().Which.Message.Should().Contain("CDK_DATABASE_URL").And.Contain("ConnectionString");
        await Task.CompletedTask;
    }

    [Theory]
    [InlineData("Audit")]
    [InlineData("x; DROP SCHEMA public")]
    public async Task An_invalid_schema_name_fails_validation_naming_the_option(string schema)
    {
        await using var provider = Provider([], builder => builder.AddPostgreSql("Host=localhost", o => o.Schema = schema));

        var act = () => provider.GetRequiredService<IOptions<PostgreSqlAuditOptions>>().Value;

        act.Should().Throw<OptionsValidationException>().Which.Message.Should().Contain("AuditLog:PostgreSql:Schema");
    }

    [Fact]
    public async Task The_options_bind_from_the_AuditLog_PostgreSql_section()
    {
        await using var provider = Provider(
            new Dictionary<string, string?> { ["AuditLog:PostgreSql:Schema"] = "compliance", ["AuditLog:PostgreSql:OutagePolicy"] = "Buffer" },
            builder => builder.AddPostgreSql("Host=localhost"));

        var options = provider.GetRequiredService<IOptions<PostgreSqlAuditOptions>>().Value;

        options.Schema.Should().Be("compliance");
        options.OutagePolicy.Should().Be(PostgreSqlOutagePolicy.Buffer);
    }

    [Fact]
    public async Task Adding_PostgreSql_twice_registers_one_sink()
    {
        await using var provider = Provider([], builder => builder.AddPostgreSql("Host=localhost").AddPostgreSql("Host=localhost"));

        provider.GetServices<IAuditSink>().Should().ContainSingle();
    }

    // Blank keys hide any CDK_DATABASE_* variables of the machine running the tests.
    private static Dictionary<string, string?> Unset() => new()
    {
        ["CDK_DATABASE_URL"] = "",
        ["CDK_DATABASE_HOST"] = "",
        ["CDK_DATABASE_NAME"] = "",
    };

    private static ServiceProvider Provider(Dictionary<string, string?> configuration, Action<IAuditLogBuilder> audit, Action<IServiceCollection>? more = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(configuration).Build());
        audit(services.AddAuditLog());
        more?.Invoke(services);
        return services.BuildServiceProvider();
    }

    private static Task<bool> TableExistsAsync(string connectionString) =>
        Sql.ScalarAsync<bool>(connectionString, "SELECT to_regclass('auditlog.events') IS NOT NULL");
}
