using AuditLog.Integrity;
using AuditLog.PostgreSql.Tests.Support;

namespace AuditLog.PostgreSql.Tests.Integrity;

/// <summary>Each kind of tampering, done in SQL by a superuser past the append-only trigger, is reported and named.</summary>
[Collection(PostgreSqlCollection.Name)]
public sealed class TamperingTests(PostgreSqlFixture postgres)
{
    [Fact]
    public async Task Changing_an_events_payload_is_reported_as_changed_naming_it()
    {
        await using var store = await AuditStore.CreateAsync(postgres);
        var chain = (await Chains.SeedAsync(store.ConnectionString))[1];
        await Tamper.ExecuteAsync(store.ConnectionString, "UPDATE auditlog.events SET payload = replace(payload, 'orders-1-3', 'orders-1-z') WHERE id = @id", new { id = chain.IdAt(4) });

        var result = await store.Verifier.VerifyAsync();

        result.IsIntact.Should().BeFalse();
        result.FirstViolation.Should().BeEquivalentTo(new { Kind = AuditViolationKind.Changed, chain.WriterId, Sequence = 4L, EventId = chain.IdAt(4) });
    }

    [Fact]
    public async Task Changing_only_the_actor_column_is_reported_as_changed_naming_it()
    {
        await using var store = await AuditStore.CreateAsync(postgres);
        var chain = (await Chains.SeedAsync(store.ConnectionString))[0];
        await Tamper.ExecuteAsync(store.ConnectionString, "UPDATE auditlog.events SET actor_id = 'mallory@example.com' WHERE id = @id", new { id = chain.IdAt(2) });

        var result = await store.Verifier.VerifyAsync();

        result.FirstViolation.Should().BeEquivalentTo(new { Kind = AuditViolationKind.Changed, chain.WriterId, Sequence = 2L, EventId = chain.IdAt(2) });
        result.FirstViolation!.Description.Should().Contain("actor_id");
    }

    [Fact]
    public async Task Rewriting_an_event_with_a_recomputed_hash_is_reported_as_changed_naming_it()
    {
        await using var store = await AuditStore.CreateAsync(postgres);
        var chain = (await Chains.SeedAsync(store.ConnectionString))[2];
        // Without an integrity key anyone can recompute a hash; the next event still holds the old one.
        await Tamper.ExecuteAsync(
            store.ConnectionString,
            "UPDATE auditlog.events SET payload = replace(payload, 'orders-2-2', 'orders-2-z'), resource_address = replace(resource_address, 'orders-2-2', 'orders-2-z') WHERE id = @id",
            new { id = chain.IdAt(3) });
        await RecomputeHashAsync(store.ConnectionString, chain, 3);

        var result = await store.Verifier.VerifyAsync();

        result.FirstViolation.Should().BeEquivalentTo(new { Kind = AuditViolationKind.Changed, chain.WriterId, Sequence = 3L, EventId = chain.IdAt(3) });
    }

    [Fact]
    public async Task Deleting_an_event_in_the_middle_is_reported_as_removed_naming_the_gap_and_the_event_after_it()
    {
        await using var store = await AuditStore.CreateAsync(postgres);
        var chain = (await Chains.SeedAsync(store.ConnectionString))[1];
        await Tamper.ExecuteAsync(store.ConnectionString, "DELETE FROM auditlog.events WHERE id = @id", new { id = chain.IdAt(3) });

        var result = await store.Verifier.VerifyAsync();

        result.FirstViolation.Should().BeEquivalentTo(new { Kind = AuditViolationKind.Removed, chain.WriterId, Sequence = 3L, EventId = chain.IdAt(4) });
    }

    [Fact]
    public async Task Deleting_the_last_event_is_reported_as_removed_at_the_head()
    {
        await using var store = await AuditStore.CreateAsync(postgres);
        var chain = (await Chains.SeedAsync(store.ConnectionString, perWriter: 6))[0];
        await Tamper.ExecuteAsync(store.ConnectionString, "DELETE FROM auditlog.events WHERE id = @id", new { id = chain.IdAt(6) });

        var result = await store.Verifier.VerifyAsync();

        result.FirstViolation.Should().BeEquivalentTo(new { Kind = AuditViolationKind.Removed, chain.WriterId, Sequence = 6L, EventId = (Guid?)null });
    }

    [Fact]
    public async Task Deleting_an_event_and_renumbering_the_rest_is_reported_as_removed()
    {
        await using var store = await AuditStore.CreateAsync(postgres);
        var chain = (await Chains.SeedAsync(store.ConnectionString))[0];
        await Tamper.ExecuteAsync(store.ConnectionString, "DELETE FROM auditlog.events WHERE id = @id", new { id = chain.IdAt(2) });
        await Tamper.RenumberAsync(store.ConnectionString, chain.WriterId, from: 3, by: -1);

        var result = await store.Verifier.VerifyAsync();

        result.FirstViolation.Should().BeEquivalentTo(new { Kind = AuditViolationKind.Removed, chain.WriterId, Sequence = 2L, EventId = chain.IdAt(3) });
    }

    [Fact]
    public async Task A_forged_event_beyond_the_head_is_reported_as_inserted_naming_it()
    {
        await using var store = await AuditStore.CreateAsync(postgres);
        var chain = (await Chains.SeedAsync(store.ConnectionString, perWriter: 6))[1];
        var forged = Guid.CreateVersion7();
        await Tamper.ForgeAsync(store.ConnectionString, chain.WriterId, sequence: 7, copiedEventId: chain.IdAt(6), forgedId: forged);

        var result = await store.Verifier.VerifyAsync();

        result.FirstViolation.Should().BeEquivalentTo(new { Kind = AuditViolationKind.Inserted, chain.WriterId, Sequence = 7L, EventId = forged });
    }

    [Fact]
    public async Task A_forged_event_under_a_writer_that_never_wrote_is_reported_as_inserted_naming_it()
    {
        await using var store = await AuditStore.CreateAsync(postgres);
        var chain = (await Chains.SeedAsync(store.ConnectionString))[0];
        var (writer, forged) = (Guid.NewGuid(), Guid.CreateVersion7());
        await Tamper.ForgeAsync(store.ConnectionString, writer, sequence: 1, copiedEventId: chain.IdAt(1), forgedId: forged);

        var result = await store.Verifier.VerifyAsync();

        result.FirstViolation.Should().BeEquivalentTo(new { Kind = AuditViolationKind.Inserted, WriterId = writer, Sequence = 1L, EventId = forged });
    }

    [Fact]
    public async Task A_forged_event_with_the_chain_renumbered_around_it_is_reported_as_inserted_naming_it()
    {
        await using var store = await AuditStore.CreateAsync(postgres);
        var chain = (await Chains.SeedAsync(store.ConnectionString))[2];
        var forged = Guid.CreateVersion7();
        await Tamper.RenumberAsync(store.ConnectionString, chain.WriterId, from: 4, by: 1);
        await Tamper.ForgeAsync(store.ConnectionString, chain.WriterId, sequence: 4, copiedEventId: chain.IdAt(3), forgedId: forged);
        await Tamper.ExecuteAsync(store.ConnectionString, "UPDATE auditlog.chain_heads SET sequence = sequence + 1 WHERE writer_id = @writer", new { writer = chain.WriterId });

        var result = await store.Verifier.VerifyAsync();

        result.FirstViolation.Should().BeEquivalentTo(new { Kind = AuditViolationKind.Inserted, chain.WriterId, Sequence = 4L, EventId = forged });
    }

    [Fact]
    public async Task Swapping_two_neighbouring_events_is_reported_as_reordered_naming_both()
    {
        await using var store = await AuditStore.CreateAsync(postgres);
        var chain = (await Chains.SeedAsync(store.ConnectionString))[1];
        await Tamper.SwapAsync(store.ConnectionString, chain.WriterId, 3, 4);

        var result = await store.Verifier.VerifyAsync();

        result.FirstViolation.Should().BeEquivalentTo(new { Kind = AuditViolationKind.Reordered, chain.WriterId, Sequence = 3L, EventId = chain.IdAt(4) });
        result.FirstViolation!.Description.Should().Contain(chain.IdAt(3).ToString());
    }

    [Fact]
    public async Task Swapping_two_distant_events_is_reported_as_reordered_naming_both()
    {
        await using var store = await AuditStore.CreateAsync(postgres);
        var chain = (await Chains.SeedAsync(store.ConnectionString))[0];
        await Tamper.SwapAsync(store.ConnectionString, chain.WriterId, 2, 5);

        var result = await store.Verifier.VerifyAsync();

        result.FirstViolation.Should().BeEquivalentTo(new { Kind = AuditViolationKind.Reordered, chain.WriterId, Sequence = 2L, EventId = chain.IdAt(5) });
        result.FirstViolation!.Description.Should().Contain(chain.IdAt(2).ToString());
    }

    [Fact]
    public async Task Tampering_with_one_writer_leaves_the_others_verified_first()
    {
        await using var store = await AuditStore.CreateAsync(postgres);
        var chains = await Chains.SeedAsync(store.ConnectionString, writers: 3, perWriter: 4);
        var last = (await Sql.IdsAsync(store.ConnectionString, "SELECT writer_id FROM auditlog.chain_heads ORDER BY writer_id DESC LIMIT 1")).Single();
        var chain = chains.Single(c => c.WriterId == last);
        await Tamper.ExecuteAsync(store.ConnectionString, "UPDATE auditlog.events SET outcome = 'failure' WHERE id = @id", new { id = chain.IdAt(1) });

        var result = await store.Verifier.VerifyAsync();

        result.Should().BeEquivalentTo(new { IsIntact = false, EventsChecked = 9L, Chains = 3 });
        result.FirstViolation.Should().BeEquivalentTo(new { Kind = AuditViolationKind.Changed, WriterId = last, EventId = chain.IdAt(1) });
    }

    private static async Task RecomputeHashAsync(string connectionString, SeededChain chain, long sequence)
    {
        var payload = await Sql.ScalarAsync<string>(connectionString, "SELECT payload FROM auditlog.events WHERE writer_id = @writer AND sequence = @sequence", new { writer = chain.WriterId, sequence });
        var previous = await Sql.ScalarAsync<byte[]>(connectionString, "SELECT previous_hash FROM auditlog.events WHERE writer_id = @writer AND sequence = @sequence", new { writer = chain.WriterId, sequence });
        var hash = new ChainHasher(null).Hash(previous, chain.WriterId, sequence, payload);
        await Tamper.ExecuteAsync(connectionString, "UPDATE auditlog.events SET hash = @hash WHERE writer_id = @writer AND sequence = @sequence", new { writer = chain.WriterId, sequence, hash });
    }
}
