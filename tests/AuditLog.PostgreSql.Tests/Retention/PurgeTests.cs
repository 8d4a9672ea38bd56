using AuditLog.PostgreSql.Tests.Integrity;
using AuditLog.PostgreSql.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace AuditLog.PostgreSql.Tests.Retention;

[Collection(PostgreSqlCollection.Name)]
public sealed class PurgeTests(PostgreSqlFixture postgres)
{
    private static readonly DateTimeOffset Now = new(2025, 3, 20, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Old = Now.AddDays(-19);
    private static readonly DateTimeOffset Recent = Now.AddDays(-1);
    private static readonly TimeSpan Week = TimeSpan.FromDays(7);

    [Fact]
    public async Task Purge_deletes_the_events_older_than_the_cutoff_and_keeps_the_rest()
    {
        await using var store = await StoreAsync();
        var chains = await SeedOldThenRecentAsync(store.ConnectionString);

        var result = await store.Retention.PurgeAsync(Week);

        result.Should().BeEquivalentTo(new { EventsPurged = 12L, Before = Now - Week });
        var remaining = await Sql.IdsAsync(store.ConnectionString, "SELECT id FROM auditlog.events");
        remaining.Should().BeEquivalentTo(chains.SelectMany(c => c.Events.Skip(4).Select(e => e.Id)));
    }

    [Fact]
    public async Task Purge_leaves_a_checkpoint_at_the_last_purged_event_of_each_chain()
    {
        await using var store = await StoreAsync();
        var chains = await SeedOldThenRecentAsync(store.ConnectionString);
        var lastPurged = await Sql.ScalarAsync<byte[]>(store.ConnectionString, "SELECT hash FROM auditlog.events WHERE writer_id = @writer AND sequence = 4", new { writer = chains[1].WriterId });

        await store.Retention.PurgeAsync(Week);

        (await Sql.ScalarAsync<long>(store.ConnectionString, "SELECT count(*) FROM auditlog.checkpoints WHERE sequence = 4 AND purged_before = @before", new { before = Now - Week })).Should().Be(3);
        (await Sql.ScalarAsync<byte[]>(store.ConnectionString, "SELECT hash FROM auditlog.checkpoints WHERE writer_id = @writer", new { writer = chains[1].WriterId })).Should().Equal(lastPurged);
    }

    [Fact]
    public async Task Chains_verify_intact_after_a_purge()
    {
        await using var store = await StoreAsync();
        await SeedOldThenRecentAsync(store.ConnectionString);
        await store.Retention.PurgeAsync(Week);

        var result = await store.Verifier.VerifyAsync();

        result.Should().Be(new AuditVerificationResult(true, 6, 3, null));
    }

    [Fact]
    public async Task Tampering_after_a_purge_is_still_detected()
    {
        await using var store = await StoreAsync();
        var chain = (await SeedOldThenRecentAsync(store.ConnectionString))[2];
        await store.Retention.PurgeAsync(Week);
        await Tamper.ExecuteAsync(store.ConnectionString, "DELETE FROM auditlog.events WHERE id = @id", new { id = chain.IdAt(5) });

        var result = await store.Verifier.VerifyAsync();

        result.FirstViolation.Should().BeEquivalentTo(new { Kind = AuditViolationKind.Removed, chain.WriterId, Sequence = 5L, EventId = chain.IdAt(6) });
    }

    [Fact]
    public async Task An_event_forged_into_a_purged_sequence_is_reported_as_inserted()
    {
        await using var store = await StoreAsync();
        var chain = (await SeedOldThenRecentAsync(store.ConnectionString))[0];
        await store.Retention.PurgeAsync(Week);
        var forged = Guid.CreateVersion7();
        await Tamper.ForgeAsync(store.ConnectionString, chain.WriterId, sequence: 2, copiedEventId: chain.IdAt(5), forgedId: forged);

        var result = await store.Verifier.VerifyAsync();

        result.FirstViolation.Should().BeEquivalentTo(new { Kind = AuditViolationKind.Inserted, chain.WriterId, Sequence = 2L, EventId = forged });
    }

    [Fact]
    public async Task Purge_keeps_an_old_event_that_follows_a_newer_one_and_everything_after_it()
    {
        await using var store = await StoreAsync();
        var writer = Guid.NewGuid();
        var events = await Chains.AppendAsync(store.ConnectionString, writer, [Old, Recent, Old.AddMinutes(1), Recent.AddMinutes(1)]);

        var result = await store.Retention.PurgeAsync(Week);

        result.EventsPurged.Should().Be(1);
        (await Sql.IdsAsync(store.ConnectionString, "SELECT id FROM auditlog.events ORDER BY sequence")).Should().Equal(events.Skip(1).Select(e => e.Id));
        (await Sql.ScalarAsync<long>(store.ConnectionString, "SELECT sequence FROM auditlog.checkpoints WHERE writer_id = @writer", new { writer })).Should().Be(1);
        (await store.Verifier.VerifyAsync()).IsIntact.Should().BeTrue();
    }

    [Fact]
    public async Task A_plain_delete_of_old_events_is_refused_but_the_purge_deletes_them()
    {
        await using var store = await StoreAsync();
        await SeedOldThenRecentAsync(store.ConnectionString);

        var plainDelete = () => Sql.ExecuteAsync(store.ConnectionString, "DELETE FROM auditlog.events WHERE time < @before", new { before = Now - Week });

        (await plainDelete.Should().ThrowAsync<PostgresException>()).Which.Message.Should().Contain("append-only");
        (await store.Retention.PurgeAsync(Week)).EventsPurged.Should().Be(12);
    }

    [Fact]
    public async Task The_purge_setting_stays_off_outside_the_purge_transactions()
    {
        await using var store = await StoreAsync();
        await SeedOldThenRecentAsync(store.ConnectionString);
        // One pooled connection: the purge's, handed back to the pool and taken again here.
        await using var source = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(store.ConnectionString) { MaxPoolSize = 1 }.ConnectionString);
        var retention = new AuditRetention(new AuditDatabase(source, new PostgreSqlAuditOptions(), ownsDataSource: false), new FakeTimeProvider(Now));
        await retention.PurgeAsync(Week);

        await using var connection = await source.OpenConnectionAsync();
        await using var command = new NpgsqlCommand("SELECT coalesce(current_setting('auditlog.purge', true), '')", connection);

        ((string)(await command.ExecuteScalarAsync())!).Should().NotBe("on");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public async Task Purge_refuses_an_age_of_zero_or_less(int days)
    {
        await using var store = await StoreAsync();

        var act = () => store.Retention.PurgeAsync(TimeSpan.FromDays(days));

        await act.Should().ThrowAsync<ArgumentOutOfRangeException>();
    }

    [Fact]
    public async Task Purging_again_deletes_nothing_and_keeps_the_checkpoints()
    {
        await using var store = await StoreAsync();
        await SeedOldThenRecentAsync(store.ConnectionString);
        await store.Retention.PurgeAsync(Week);

        var again = await store.Retention.PurgeAsync(Week);

        again.Should().Be(new AuditPurgeResult(0, Now - Week, 0));
        (await Sql.ScalarAsync<long>(store.ConnectionString, "SELECT count(*) FROM auditlog.checkpoints WHERE sequence = 4")).Should().Be(3);
        (await store.Verifier.VerifyAsync()).Should().Be(new AuditVerificationResult(true, 6, 3, null));
    }

    [Fact]
    public async Task Purging_every_event_of_a_writer_keeps_its_head_and_its_chain_verifies_and_continues()
    {
        await using var store = await StoreAsync();
        var chains = await Chains.SeedAsync(store.ConnectionString, writers: 2, perWriter: 3, start: Old);
        await store.Retention.PurgeAsync(Week);

        var emptied = await store.Verifier.VerifyAsync();
        await Chains.AppendAsync(store.ConnectionString, chains[0].WriterId, [Recent]);
        var continued = await store.Verifier.VerifyAsync();

        (await Sql.ScalarAsync<long>(store.ConnectionString, "SELECT count(*) FROM auditlog.chain_heads")).Should().Be(2);
        emptied.Should().Be(new AuditVerificationResult(true, 0, 2, null));
        continued.Should().Be(new AuditVerificationResult(true, 1, 2, null));
    }

    [Fact]
    public async Task A_large_purge_commits_at_most_ten_thousand_rows_per_transaction()
    {
        await using var store = await StoreAsync();
        // Three writers of 16,667 rows: two batches each (10,000 and 6,667).
        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => BulkSeeder.SeedAsync(store.ConnectionString, 16_667, Old, TimeSpan.FromMilliseconds(10))));

        var result = await store.Retention.PurgeAsync(Week);

        result.Should().BeEquivalentTo(new { EventsPurged = 50_001L, Batches = 6 });
        (await store.Verifier.VerifyAsync()).Should().Be(new AuditVerificationResult(true, 0, 3, null));
    }

    [Fact]
    public async Task Writers_are_not_blocked_while_a_large_purge_runs()
    {
        await using var store = await StoreAsync();
        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => BulkSeeder.SeedAsync(store.ConnectionString, 16_667, Old, TimeSpan.FromMilliseconds(10))));
        var writer = Guid.NewGuid();
        var latencies = new List<TimeSpan>();

        var purge = store.Retention.PurgeAsync(Week);
        do
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            await Chains.AppendAsync(store.ConnectionString, writer, [DateTimeOffset.UtcNow]);
            latencies.Add(System.Diagnostics.Stopwatch.GetElapsedTime(started));
        }
        while (!purge.IsCompleted);
        await purge;

        // A bound, not a speed target: the purge takes no lock an insert waits for, so an insert is as quick as on
        // an idle table give or take the shared disk and CPU; 2 s only catches a purge that holds writers up.
        latencies.Should().NotBeEmpty().And.OnlyContain(latency => latency < TimeSpan.FromSeconds(2));
        (await store.Verifier.VerifyAsync()).IsIntact.Should().BeTrue();
    }

    private Task<AuditStore> StoreAsync() => AuditStore.CreateAsync(postgres, timeProvider: new FakeTimeProvider(Now));

    // Three writers with four old events each (sequences 1-4) and then two recent ones (5-6), interleaved.
    private static async Task<IReadOnlyList<SeededChain>> SeedOldThenRecentAsync(string connectionString)
    {
        var chains = await Chains.SeedAsync(connectionString, writers: 3, perWriter: 4, start: Old, step: TimeSpan.FromMinutes(1));
        for (var round = 0; round < 2; round++)
        {
            foreach (var chain in chains)
            {
                chain.Events.AddRange(await Chains.AppendAsync(connectionString, chain.WriterId, [Recent.AddMinutes(round)]));
            }
        }

        return chains;
    }
}
