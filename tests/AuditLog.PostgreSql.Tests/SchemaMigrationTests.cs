using AuditLog.PostgreSql.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Dapper;
using Npgsql;

namespace AuditLog.PostgreSql.Tests;

[Collection(PostgreSqlCollection.Name)]
public sealed class SchemaMigrationTests(PostgreSqlFixture postgres)
{
    [Fact]
    public async Task Migrate_creates_the_schema_at_the_latest_version()
    {
        var migrator = await MigratorAsync(await postgres.NewDatabaseAsync());

        var result = await migrator.MigrateAsync();

        result.Should().Be(new AuditMigrationResult(0, AuditSchemaMigrator.LatestVersion));
        (await migrator.GetVersionAsync()).Should().Be(AuditSchemaMigrator.LatestVersion);
    }

    [Fact]
    public async Task Migrating_again_changes_nothing()
    {
        var migrator = await MigratorAsync(await postgres.NewDatabaseAsync());
        await migrator.MigrateAsync();

        var again = await migrator.MigrateAsync();

        again.Changed.Should().BeFalse();
    }

    [Fact]
    public async Task Concurrent_migrations_apply_each_version_once()
    {
        var connectionString = await postgres.NewDatabaseAsync();
        var migrators = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => MigratorAsync(connectionString)));

        var results = await Task.WhenAll(migrators.Select(m => m.MigrateAsync()));

        results.Count(r => r.Changed).Should().Be(1);
    }

    [Fact]
    public async Task The_schema_name_is_configurable()
    {
        var connectionString = await postgres.NewDatabaseAsync();
        var migrator = await MigratorAsync(connectionString, "compliance");

        await migrator.MigrateAsync();

        (await Sql.ScalarAsync<bool>(connectionString, "SELECT to_regclass('compliance.events') IS NOT NULL")).Should().BeTrue();
    }

    [Theory]
    [InlineData("Audit")]
    [InlineData("audit; DROP TABLE x")]
    [InlineData("")]
    [InlineData("1audit")]
    public async Task An_unsafe_schema_name_is_refused(string schema)
    {
        var connectionString = await postgres.NewDatabaseAsync();

        var act = () => MigratorAsync(connectionString, schema);

        (await act.Should().ThrowAsync<Microsoft.Extensions.Options.OptionsValidationException>()).Which.Message.Should().Contain("AuditLog:PostgreSql:Schema");
    }

    [Fact]
    public async Task The_events_table_refuses_update_delete_and_truncate()
    {
        var connectionString = await postgres.NewDatabaseAsync();
        await (await MigratorAsync(connectionString)).MigrateAsync();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await connection.ExecuteAsync(EventValues.InsertSelect("auditlog.events", new Dictionary<string, string>
        {
            ["id"] = "gen_random_uuid()",
            ["time"] = "now()",
            ["event_type"] = "'t'",
            ["family"] = "'legacy'",
            ["resource_type"] = "'Topic'",
            ["resource_address"] = "'a'",
            ["actor_kind"] = "'user'",
            ["actor_id"] = "'u'",
            ["outcome"] = "'success'",
            ["payload"] = "'{}'",
            ["writer_id"] = "gen_random_uuid()",
            ["sequence"] = "1",
            ["previous_hash"] = @"'\x00'",
            ["hash"] = @"'\x00'",
        }));

        foreach (var statement in new[] { "UPDATE auditlog.events SET actor_id = 'x'", "DELETE FROM auditlog.events", "TRUNCATE auditlog.events" })
        {
            var act = () => connection.ExecuteAsync(statement);
            (await act.Should().ThrowAsync<PostgresException>(statement)).Which.Message.Should().Contain("append-only");
        }
    }

    [Fact]
    public async Task A_database_at_version_1_with_events_upgrades_in_place_with_its_chains_intact()
    {
        var connectionString = await postgres.NewDatabaseAsync();
        await CreateVersionAsync(connectionString, 1);
        await Integrity.Chains.SeedAsync(connectionString, writers: 3, perWriter: 5);
        var before = await StoredEvents.ReadAsync(connectionString);
        var migrator = await MigratorAsync(connectionString);

        var result = await migrator.MigrateAsync();

        result.Should().Be(new AuditMigrationResult(1, AuditSchemaMigrator.LatestVersion));
        var after = await StoredEvents.ReadAsync(connectionString);
        after.Rows.Should().BeEquivalentTo(before.Rows, o => o.WithStrictOrdering());
        after.ChainProblems().Should().BeEmpty();
        (await Sql.ScalarAsync<bool>(connectionString, "SELECT to_regclass('auditlog.relay_cursors') IS NOT NULL")).Should().BeTrue();
    }

    [Fact]
    public async Task A_database_at_version_2_with_events_upgrades_in_place_with_its_chains_intact_and_searchable()
    {
        var (connectionString, chains) = await UpgradeWithChainsAsync(from: 2);
        await using var provider = Services(connectionString);

        (await Sql.ScalarAsync<long>(connectionString, "SELECT count(*) FROM information_schema.columns WHERE table_schema = 'auditlog' AND table_name = 'events' AND column_name = 'event'")).Should().Be(0);
        var found = await provider.GetRequiredService<PostgreSqlAuditStore>().GetPageAsync(new AuditQuery { Text = "orders-1-3", Families = [AuditEventFamily.Exportable] }, 10, null);
        found.Events.Select(e => e.Id).Should().Equal(chains[1].IdAt(4));
    }

    [Fact]
    public async Task A_database_at_version_5_with_events_upgrades_in_place_keyed_by_id_with_its_chains_intact_and_searchable()
    {
        var (connectionString, chains) = await UpgradeWithChainsAsync(from: 5);
        await using var provider = Services(connectionString);

        (await Sql.ScalarAsync<long>(connectionString, "SELECT count(*) FROM information_schema.columns WHERE table_schema = 'auditlog' AND table_name = 'events' AND column_name = 'position'")).Should().Be(0);
        (await Sql.ScalarAsync<string>(connectionString, """
            SELECT string_agg(a.attname, ',') FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
            WHERE i.indrelid = 'auditlog.events'::regclass AND i.indisprimary
            """)).Should().Be("id");
        var found = await provider.GetRequiredService<PostgreSqlAuditStore>().GetPageAsync(new AuditQuery { Text = "orders-1-3" }, 10, null);
        found.Events.Select(e => e.Id).Should().Equal(chains[1].IdAt(4));
    }

    // A database at an older version with three writers' chains, upgraded to the latest: every row as it was, every
    // chain intact and verified.
    private async Task<(string ConnectionString, IReadOnlyList<Integrity.SeededChain> Chains)> UpgradeWithChainsAsync(int from)
    {
        var connectionString = await postgres.NewDatabaseAsync();
        await CreateVersionAsync(connectionString, from);
        var chains = await Integrity.Chains.SeedAsync(connectionString, writers: 3, perWriter: 5);
        var before = await StoredEvents.ReadAsync(connectionString);
        await using var provider = Services(connectionString);

        var result = await provider.GetRequiredService<AuditSchemaMigrator>().MigrateAsync();

        result.Should().Be(new AuditMigrationResult(from, AuditSchemaMigrator.LatestVersion));
        var after = await StoredEvents.ReadAsync(connectionString);
        after.Rows.Should().BeEquivalentTo(before.Rows, o => o.WithStrictOrdering());
        after.ChainProblems().Should().BeEmpty();
        (await provider.GetRequiredService<AuditIntegrityVerifier>().VerifyAsync()).IsIntact.Should().BeTrue();
        return (connectionString, chains);
    }

    // The schema as an older version left it: the version table and the migrations up to it, as the migrator of that version applied them.
    private static async Task CreateVersionAsync(string connectionString, int version)
    {
        var schema = Schema.SchemaName.Parse("auditlog");
        await Sql.ExecuteAsync(connectionString, """
            CREATE SCHEMA auditlog;
            CREATE TABLE auditlog.schema_version (version integer PRIMARY KEY, description text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now());
            """);
        foreach (var migration in Schema.Migration.All.Where(m => m.Version <= version))
        {
            await Sql.ExecuteAsync(connectionString, $"""
                {migration.SqlFor(schema)}
                INSERT INTO auditlog.schema_version (version, description) VALUES ({migration.Version}, 'older');
                """);
        }
    }

    private static ServiceProvider Services(string connectionString)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddAuditLog().AddPostgreSql(connectionString);
        return services.BuildServiceProvider();
    }

    private static async Task<AuditSchemaMigrator> MigratorAsync(string connectionString, string schema = "auditlog")
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddAuditLog().AddPostgreSql(connectionString, o => o.Schema = schema);
        // The provider owns the data source; tests end before it would matter, so it is left to the finalizer.
        var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<AuditSchemaMigrator>();
    }
}
