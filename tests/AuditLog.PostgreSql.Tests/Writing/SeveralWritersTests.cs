using AuditLog.PostgreSql.Tests.Support;
using AuditLog.PostgreSql.Writing;
using AuditLog.Resources;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace AuditLog.PostgreSql.Tests.Writing;

/// <summary>
/// <see cref="PostgreSqlAuditOptions.Writers"/> above 1: that many transactions in flight at once, each writer with a
/// chain of its own that stays gap-free and verifies, and every event stored once.
/// </summary>
[Collection(PostgreSqlCollection.Name)]
public sealed class SeveralWritersTests(PostgreSqlFixture postgres)
{
    private static readonly AuditActor Writer = AuditActor.ServiceAccount("sa-writer");

    // What is stored matters here, not latency: a loaded machine must not fail callers closed.
    private static readonly TimeSpan WriteTimeout = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task Four_writers_have_four_transactions_in_flight_at_once_each_in_its_own_chain()
    {
        var connectionString = await postgres.NewDatabaseAsync();
        await using var audit = await AuditLogServices.StartAsync(connectionString, o => o.Writers = 4, o => o.WriteTimeout = WriteTimeout);
        await using var locker = new NpgsqlConnection(connectionString);
        await locker.OpenAsync();
        await using var transaction = await locker.BeginTransactionAsync();
        await using (var command = new NpgsqlCommand("LOCK TABLE auditlog.chain_heads IN ACCESS EXCLUSIVE MODE", locker, transaction))
        {
            await command.ExecuteNonQueryAsync();
        }

        // Each call waits until its batch's transaction is stuck behind the lock, so the next one needs another writer.
        var calls = new List<Task<AuditEvent>>();
        for (var i = 1; i <= 4; i++)
        {
            calls.Add(audit.Logger.LogAsync(TopicCreated($"topic-{i}")));
            await WaitForLockWaitersAsync(connectionString, i);
        }

        await transaction.CommitAsync();
        var recorded = await Task.WhenAll(calls);

        var stored = await StoredEvents.ReadAsync(connectionString);
        stored.Rows.Select(r => r.Id).Should().BeEquivalentTo(recorded.Select(e => e.Id));
        stored.Chains.Keys.Should().BeEquivalentTo(audit.Services.GetRequiredService<PostgreSqlAuditSink>().WriterIds);
        stored.Rows.Should().OnlyContain(r => r.Sequence == 1);
        stored.ChainProblems().Should().BeEmpty();
    }

    [Fact]
    public async Task Many_callers_with_four_writers_store_every_event_once_in_gap_free_chains_that_verify()
    {
        const int tasks = 32, eventsPerTask = 250;
        var connectionString = await postgres.NewDatabaseAsync();
        await using var audit = await AuditLogServices.StartAsync(connectionString, o => o.Writers = 4, o => o.WriteTimeout = WriteTimeout);

        var recorded = await Task.WhenAll(Enumerable.Range(0, tasks).Select(task => Task.Run(async () =>
        {
            var ids = new List<Guid>(eventsPerTask);
            for (var i = 0; i < eventsPerTask; i++)
            {
                ids.Add((await audit.Logger.LogAsync(TopicCreated($"{task}-{i}"))).Id);
            }

            return ids;
        })));

        var stored = await StoredEvents.ReadAsync(connectionString);
        stored.Rows.Select(r => r.Id).Order().Should().Equal(recorded.SelectMany(ids => ids).Order());
        stored.Chains.Keys.Should().BeSubsetOf(audit.Services.GetRequiredService<PostgreSqlAuditSink>().WriterIds);
        stored.ChainProblems().Should().BeEmpty();
        var verified = await audit.Services.GetRequiredService<AuditIntegrityVerifier>().VerifyAsync();
        verified.IsIntact.Should().BeTrue(verified.FirstViolation?.Description);
        verified.EventsChecked.Should().Be(tasks * eventsPerTask);
        verified.Chains.Should().Be(stored.Chains.Count);
    }

    [Fact]
    public async Task A_host_restarted_with_several_writers_starts_new_chains_and_every_chain_verifies()
    {
        var connectionString = await postgres.NewDatabaseAsync();
        IReadOnlyList<Guid> firstWriters;
        await using (var first = await AuditLogServices.StartAsync(connectionString, o => o.Writers = 3, o => o.WriteTimeout = WriteTimeout))
        {
            firstWriters = first.Services.GetRequiredService<PostgreSqlAuditSink>().WriterIds;
            await Task.WhenAll(Enumerable.Range(0, 300).Select(i => Task.Run(() => first.Logger.LogAsync(TopicCreated($"first-{i}")))));
        }

        await using var second = await AuditLogServices.StartAsync(connectionString, o => o.Writers = 3, o => o.WriteTimeout = WriteTimeout);
        await Task.WhenAll(Enumerable.Range(0, 300).Select(i => Task.Run(() => second.Logger.LogAsync(TopicCreated($"second-{i}")))));

        var stored = await StoredEvents.ReadAsync(connectionString);
        stored.Rows.Should().HaveCount(600).And.OnlyHaveUniqueItems(r => r.Id);
        stored.Rows.Where(r => r.ResourceAddress.Contains("/second-", StringComparison.Ordinal)).Select(r => r.WriterId).Distinct()
            .Should().BeSubsetOf(second.Services.GetRequiredService<PostgreSqlAuditSink>().WriterIds).And.NotIntersectWith(firstWriters);
        stored.ChainProblems().Should().BeEmpty();
        var verified = await second.Services.GetRequiredService<AuditIntegrityVerifier>().VerifyAsync();
        verified.IsIntact.Should().BeTrue(verified.FirstViolation?.Description);
        verified.EventsChecked.Should().Be(600);
    }

    private static async Task WaitForLockWaitersAsync(string connectionString, int count)
    {
        const string waiting = "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'";
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (await Sql.ScalarAsync<long>(connectionString, waiting) < count)
        {
            DateTime.UtcNow.Should().BeBefore(deadline, $"{count} writers should be waiting on the lock at once");
            await Task.Delay(20);
        }
    }

    private static AuditEvent TopicCreated(string topic) => AuditEvents.Kafka.Topic.Create.For(new KafkaTopic("production", topic), Writer);
}
