using AuditLog.PostgreSql.Outbox;
using AuditLog.PostgreSql.Tests.Integrity;
using AuditLog.PostgreSql.Tests.Support;
using AuditLog.Resources;

namespace AuditLog.PostgreSql.Tests.Outbox;

[Collection(PostgreSqlCollection.Name)]
public sealed class RelayLeaseTests(PostgreSqlFixture postgres)
{
    private const string Destination = "cluster-a/audit";
    private static readonly TimeSpan Short = TimeSpan.FromMilliseconds(300);

    [Fact]
    public async Task A_second_holder_is_refused_while_the_first_holds_the_lease()
    {
        await using var db = await OutboxDatabase.CreateAsync(postgres);
        await using var other = OutboxDatabase.Open(db.ConnectionString);
        await using var first = await RelayLease.TryAcquireAsync(db.Database, Destination, CancellationToken.None);

        var second = await RelayLease.TryAcquireAsync(other, Destination, CancellationToken.None);

        first.Should().NotBeNull();
        second.Should().BeNull();
    }

    [Fact]
    public async Task Leases_of_other_destinations_are_independent()
    {
        await using var db = await OutboxDatabase.CreateAsync(postgres);
        await using var first = await RelayLease.TryAcquireAsync(db.Database, Destination, CancellationToken.None);

        await using var second = await RelayLease.TryAcquireAsync(db.Database, "cluster-b/audit", CancellationToken.None);

        second.Should().NotBeNull();
    }

    [Fact]
    public async Task Disposing_releases_the_lease_and_may_be_repeated()
    {
        await using var db = await OutboxDatabase.CreateAsync(postgres);
        await using var other = OutboxDatabase.Open(db.ConnectionString);
        var first = await RelayLease.TryAcquireAsync(db.Database, Destination, CancellationToken.None);

        await first!.DisposeAsync();
        await first.DisposeAsync();
        await using var second = await RelayLease.TryAcquireAsync(other, Destination, CancellationToken.None);

        second.Should().NotBeNull();
        first.Lost.IsCancellationRequested.Should().BeTrue();
    }

    [Fact]
    public async Task When_the_holders_session_ends_another_takes_the_lease_and_the_holder_learns_it_lost_it()
    {
        await using var db = await OutboxDatabase.CreateAsync(postgres);
        await using var other = OutboxDatabase.Open(db.ConnectionString);
        await using var holder = await RelayLease.TryAcquireAsync(db.Database, Destination, CancellationToken.None);
        var lost = new TaskCompletionSource();
        using var registration = holder!.Lost.Register(lost.SetResult);

        // What PostgreSQL does when the holding process dies: the session ends, its advisory locks with it.
        var terminated = await Sql.ScalarAsync<bool>(
            db.ConnectionString,
            "SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())");
        var successor = await AcquireWithinAsync(other, TimeSpan.FromSeconds(5));

        terminated.Should().BeTrue();
        successor.Should().NotBeNull();
        await using (successor)
        {
            await lost.Task.WaitAsync(TimeSpan.FromSeconds(5));
        }
    }

    [Fact]
    public async Task Wait_for_commit_wakes_when_the_sink_commits()
    {
        await using var db = await OutboxDatabase.CreateAsync(postgres);
        await using var lease = await RelayLease.TryAcquireAsync(db.Database, Destination, CancellationToken.None);
        await using var audit = await AuditLogServices.StartAsync(db.ConnectionString);
        var waiting = lease!.WaitForCommitAsync(TimeSpan.FromSeconds(10), CancellationToken.None);

        await audit.Logger.LogAsync(AuditEvents.Kafka.Topic.Create.For(new KafkaTopic("production", "orders"), AuditActor.User("alice@example.com")));

        (await waiting.WaitAsync(TimeSpan.FromSeconds(5))).Should().BeTrue();
    }

    [Fact]
    public async Task Wait_for_commit_returns_false_when_nothing_commits_in_time()
    {
        await using var db = await OutboxDatabase.CreateAsync(postgres);
        await using var lease = await RelayLease.TryAcquireAsync(db.Database, Destination, CancellationToken.None);

        var woken = await lease!.WaitForCommitAsync(Short, CancellationToken.None);

        woken.Should().BeFalse();
    }

    [Fact]
    public async Task Commits_before_the_wait_wake_it_once()
    {
        await using var db = await OutboxDatabase.CreateAsync(postgres);
        await using var lease = await RelayLease.TryAcquireAsync(db.Database, Destination, CancellationToken.None);
        var writer = Guid.NewGuid();
        await Chains.AppendAsync(db.ConnectionString, writer, [DateTimeOffset.UtcNow]);
        await Chains.AppendAsync(db.ConnectionString, writer, [DateTimeOffset.UtcNow]);

        var first = await lease!.WaitForCommitAsync(TimeSpan.FromSeconds(5), CancellationToken.None);
        var second = await lease.WaitForCommitAsync(Short, CancellationToken.None);

        first.Should().BeTrue();
        second.Should().BeFalse();
    }

    [Fact]
    public async Task A_rolled_back_batch_does_not_wake_the_wait()
    {
        await using var db = await OutboxDatabase.CreateAsync(postgres);
        await using var lease = await RelayLease.TryAcquireAsync(db.Database, Destination, CancellationToken.None);
        await using (var batch = await PendingBatch.BeginAsync(db.ConnectionString, Guid.NewGuid(), 1, 3))
        {
            await batch.RollbackAsync();
        }

        var woken = await lease!.WaitForCommitAsync(Short, CancellationToken.None);

        woken.Should().BeFalse();
    }

    [Fact]
    public async Task A_commit_in_another_schema_does_not_wake_the_wait()
    {
        await using var db = await OutboxDatabase.CreateAsync(postgres);
        await using var compliance = OutboxDatabase.Open(db.ConnectionString, "compliance");
        await new AuditSchemaMigrator(compliance).MigrateAsync();
        await using var lease = await RelayLease.TryAcquireAsync(db.Database, Destination, CancellationToken.None);

        await EventSeeder.SeedAsync(db.ConnectionString, [Chains.Event(0, 0, DateTimeOffset.UtcNow)], schema: "compliance");
        var woken = await lease!.WaitForCommitAsync(Short, CancellationToken.None);

        woken.Should().BeFalse();
    }

    [Fact]
    public async Task Cancelling_a_wait_keeps_the_lease()
    {
        await using var db = await OutboxDatabase.CreateAsync(postgres);
        await using var other = OutboxDatabase.Open(db.ConnectionString);
        await using var lease = await RelayLease.TryAcquireAsync(db.Database, Destination, CancellationToken.None);
        using var cancel = new CancellationTokenSource(Short);

        var wait = () => lease!.WaitForCommitAsync(TimeSpan.FromSeconds(10), cancel.Token);

        await wait.Should().ThrowAsync<OperationCanceledException>();
        await Task.Delay(RelayLease.CheckInterval * 2);
        lease!.Lost.IsCancellationRequested.Should().BeFalse();
        (await RelayLease.TryAcquireAsync(other, Destination, CancellationToken.None)).Should().BeNull();
        await Chains.AppendAsync(db.ConnectionString, Guid.NewGuid(), [DateTimeOffset.UtcNow]);
        (await lease.WaitForCommitAsync(TimeSpan.FromSeconds(5), CancellationToken.None)).Should().BeTrue();
    }

    private static async Task<RelayLease?> AcquireWithinAsync(AuditDatabase database, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        while (true)
        {
            var lease = await RelayLease.TryAcquireAsync(database, Destination, CancellationToken.None);
            if (lease is not null || DateTime.UtcNow > deadline)
            {
                return lease;
            }

            await Task.Delay(100);
        }
    }
}
