using AuditLog.PostgreSql.Tests.Support;
using AuditLog.Resources;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace AuditLog.PostgreSql.Tests;

[Collection(PostgreSqlCollection.Name)]
public sealed class WriterRoleTests(PostgreSqlFixture postgres)
{
    [Fact]
    public async Task The_writer_role_can_log_but_not_update_delete_or_truncate_events()
    {
        var connectionString = await postgres.NewDatabaseAsync();
        var role = $"audit_writer_{Guid.NewGuid():N}"[..30];
        await Sql.ExecuteAsync(connectionString, $"CREATE ROLE {role} LOGIN");
        await MigrateAsync(connectionString, role);
        var asWriter = new NpgsqlConnectionStringBuilder(connectionString) { Username = role }.ConnectionString;

        await using (var audit = await AuditLogServices.StartAsync(asWriter, o => o.MigrateOnStartup = false))
        {
            await audit.Logger.LogAsync(AuditEvents.Kafka.Topic.Create.For(new KafkaTopic("production", "orders"), AuditActor.User("alice@example.com")));
        }

        foreach (var statement in new[] { "UPDATE auditlog.events SET actor_id = 'x'", "DELETE FROM auditlog.events", "TRUNCATE auditlog.events", "ALTER TABLE auditlog.events DISABLE TRIGGER events_append_only" })
        {
            var act = () => Sql.ExecuteAsync(asWriter, statement);
            (await act.Should().ThrowAsync<PostgresException>(statement)).Which.SqlState.Should().BeOneOf("42501", "42P01");
        }

        (await CountAsync(connectionString)).Should().Be(1);
    }

    [Fact]
    public async Task The_writer_role_can_read_and_move_relay_cursors()
    {
        var connectionString = await postgres.NewDatabaseAsync();
        var role = $"audit_writer_{Guid.NewGuid():N}"[..30];
        await Sql.ExecuteAsync(connectionString, $"CREATE ROLE {role} LOGIN");
        await MigrateAsync(connectionString, role);
        await using var asWriter = Outbox.OutboxDatabase.Open(new NpgsqlConnectionStringBuilder(connectionString) { Username = role }.ConnectionString);
        var outbox = new PostgreSql.Outbox.AuditOutbox(asWriter, "cluster-a/audit");
        var writer = Guid.NewGuid();

        await outbox.MoveCursorsAsync(new Dictionary<Guid, long> { [writer] = 1 }, CancellationToken.None);
        await outbox.MoveCursorsAsync(new Dictionary<Guid, long> { [writer] = 2 }, CancellationToken.None);

        (await outbox.ReadCursorsAsync(CancellationToken.None)).Should().BeEquivalentTo(new Dictionary<Guid, long> { [writer] = 2 });
    }

    [Fact]
    public async Task A_hostile_role_name_is_quoted_not_executed()
    {
        var connectionString = await postgres.NewDatabaseAsync();

        var act = () => MigrateAsync(connectionString, "x; DROP TABLE auditlog.schema_version; --");

        (await act.Should().ThrowAsync<PostgresException>()).Which.SqlState.Should().Be("42704");
    }

    private static async Task MigrateAsync(string connectionString, string role)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddAuditLog().AddPostgreSql(connectionString, o => o.WriterRole = role);
        await using var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<AuditSchemaMigrator>().MigrateAsync();
    }

    private static Task<long> CountAsync(string connectionString) => Sql.ScalarAsync<long>(connectionString, "SELECT count(*) FROM auditlog.events");
}
