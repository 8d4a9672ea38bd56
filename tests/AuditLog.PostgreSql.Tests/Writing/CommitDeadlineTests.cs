using System.Diagnostics;
using AuditLog.PostgreSql.Tests.Support;
using AuditLog.Resources;
using AuditLog.Testing;
using AuditLog.PostgreSql.Writing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace AuditLog.PostgreSql.Tests.Writing;

/// <summary>
/// What a caller is told is what the database holds, when the server stalls, refuses one event, or comes
/// back before the caller's deadline.
/// </summary>
[Collection(PostgreSqlCollection.Name)]
public sealed class CommitDeadlineTests(PostgreSqlFixture postgres)
{
    private static readonly TimeSpan WriteTimeout = TimeSpan.FromSeconds(2);

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public async Task Events_whose_callers_timed_out_behind_a_lock_are_not_stored_when_the_lock_is_released(int writers)
    {
        var connectionString = await postgres.NewDatabaseAsync();
        await using var audit = await AuditLogServices.StartAsync(connectionString, o => o.Writers = writers, o => o.WriteTimeout = WriteTimeout);
        var before = await audit.Logger.LogAsync(Topic("before"));
        await using var locker = new NpgsqlConnection(connectionString);
        await locker.OpenAsync();
        await using var transaction = await locker.BeginTransactionAsync();
        await using (var command = new NpgsqlCommand("LOCK TABLE auditlog.chain_heads IN ACCESS EXCLUSIVE MODE", locker, transaction))
        {
            await command.ExecuteNonQueryAsync();
        }

        var stalled = await Task.WhenAll(Enumerable.Range(0, 32).Select(i => Record.ExceptionAsync(() => audit.Logger.LogAsync(Topic($"stalled-{i}")))));
        await Task.Delay(TimeSpan.FromSeconds(1)); // the batch is still waiting on the lock
        await transaction.CommitAsync();
        var after = await audit.Logger.LogAsync(Topic("after"));

        stalled.Should().OnlyContain(e => e is AuditSinkException);
        var stored = await StoredEvents.ReadAsync(connectionString);
        stored.Rows.Select(r => r.Id).Should().BeEquivalentTo([before.Id, after.Id]);
        stored.ChainProblems().Should().BeEmpty();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public async Task An_event_the_database_refuses_fails_only_its_caller_and_its_neighbours_are_stored_in_its_writers_chains(int writers)
    {
        var connectionString = await postgres.NewDatabaseAsync();
        await using var audit = await AuditLogServices.StartAsync(connectionString, o => o.Writers = writers);
        await audit.Logger.LogAsync(Topic("migrated"));
        await ExecuteAsync(connectionString, "ALTER TABLE auditlog.events ADD CONSTRAINT no_poison CHECK (position('poison' in resource_address) = 0)");

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 64).Select(i =>
            Record.ExceptionAsync(() => audit.Logger.LogAsync(Topic(i == 20 ? "poison" : $"topic-{i}")))));

        outcomes[20].Should().BeOfType<AuditSinkException>().Which.InnerException.Should().BeOfType<AuditEventRejectedException>()
            .Which.Message.Should().Contain("23514");
        outcomes.Where((_, i) => i != 20).Should().OnlyContain(e => e == null);
        var stored = await StoredEvents.ReadAsync(connectionString);
        stored.Rows.Should().HaveCount(64).And.OnlyHaveUniqueItems(r => r.Id);
        stored.Chains.Keys.Should().BeSubsetOf(audit.Services.GetRequiredService<PostgreSqlAuditSink>().WriterIds);
        stored.ChainProblems().Should().BeEmpty();
    }

    [Fact]
    public async Task A_server_back_before_the_write_timeout_saves_every_call_made_while_it_was_down()
    {
        await using var server = await PostgreSqlServer.StartAsync();
        await using var audit = await AuditLogServices.StartAsync(server.ConnectionString, pipeline: o => o.WriteTimeout = TimeSpan.FromSeconds(30));
        await audit.Logger.LogAsync(Topic("before"));
        await server.StopAsync();

        var calls = Enumerable.Range(0, 32).Select(i => audit.Logger.LogAsync(Topic($"during-{i}"))).ToArray();
        await Task.Delay(TimeSpan.FromSeconds(3)); // longer than the old five attempts lasted
        await server.RestartAsync();
        var recorded = await Task.WhenAll(calls);

        var stored = await StoredEvents.ReadAsync(server.ConnectionString);
        stored.Rows.Select(r => r.Id).Should().Contain(recorded.Select(e => e.Id)).And.HaveCount(33);
        stored.ChainProblems().Should().BeEmpty();
    }

    [Fact]
    public async Task While_the_server_is_down_a_call_fails_only_once_its_write_timeout_has_passed()
    {
        await using var server = await PostgreSqlServer.StartAsync();
        await using var audit = await AuditLogServices.StartAsync(server.ConnectionString, pipeline: o => o.WriteTimeout = WriteTimeout);
        await audit.Logger.LogAsync(Topic("before"));
        await server.StopAsync();

        var clock = Stopwatch.StartNew();
        var error = await Record.ExceptionAsync(() => audit.Logger.LogAsync(Topic("during")));

        error.Should().BeOfType<AuditSinkException>().Which.InnerException.Should().NotBeNull("the caller learns the sink's last error");
        clock.Elapsed.Should().BeGreaterThanOrEqualTo(WriteTimeout - TimeSpan.FromMilliseconds(50));
    }

    private static AuditEvent Topic(string name) =>
        AuditEvents.Kafka.Topic.Create.For(new KafkaTopic("production", name), AuditActor.User("alice@example.com"));

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
