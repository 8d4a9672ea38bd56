using AuditLog.PostgreSql.Tests.Support;

namespace AuditLog.PostgreSql.Tests.Integrity;

[Collection(PostgreSqlCollection.Name)]
public sealed class IntegrityVerificationTests(PostgreSqlFixture postgres)
{
    private const string Key = "a secret the writers and the verifier share";

    [Fact]
    public async Task An_empty_database_is_intact()
    {
        await using var store = await AuditStore.CreateAsync(postgres);

        var result = await store.Verifier.VerifyAsync();

        result.Should().Be(new AuditVerificationResult(true, 0, 0, null));
    }

    [Fact]
    public async Task Several_writers_interleaved_in_time_verify_intact()
    {
        await using var store = await AuditStore.CreateAsync(postgres);
        await Chains.SeedAsync(store.ConnectionString, writers: 3, perWriter: 6);

        var result = await store.Verifier.VerifyAsync();

        result.Should().Be(new AuditVerificationResult(true, 18, 3, null));
    }

    [Fact]
    public async Task Chains_written_with_an_integrity_key_verify_intact_with_that_key()
    {
        await using var store = await AuditStore.CreateAsync(postgres, integrityKey: Key);
        await Chains.SeedAsync(store.ConnectionString, writers: 2, perWriter: 5, integrityKey: Key);

        var result = await store.Verifier.VerifyAsync();

        result.Should().Be(new AuditVerificationResult(true, 10, 2, null));
    }

    [Theory]
    [InlineData("another secret")]
    [InlineData(null)]
    public async Task Verifying_with_another_key_than_the_writers_reports_the_first_event_changed(string? verifierKey)
    {
        await using var written = await AuditStore.CreateAsync(postgres, integrityKey: Key);
        await Chains.SeedAsync(written.ConnectionString, writers: 2, perWriter: 3, integrityKey: Key);
        var first = (await Sql.IdsAsync(written.ConnectionString, "SELECT id FROM auditlog.events ORDER BY writer_id, sequence LIMIT 1")).Single();
        await using var verifying = written.Reopen(verifierKey);

        var result = await verifying.Verifier.VerifyAsync();

        result.IsIntact.Should().BeFalse();
        result.FirstViolation.Should().BeEquivalentTo(new { Kind = AuditViolationKind.Changed, Sequence = 1L, EventId = first });
    }

    [Fact]
    public async Task A_keyless_chain_verified_with_a_key_reports_the_first_event_changed()
    {
        await using var written = await AuditStore.CreateAsync(postgres);
        var chains = await Chains.SeedAsync(written.ConnectionString, writers: 1, perWriter: 3);
        await using var verifying = written.Reopen(Key);

        var result = await verifying.Verifier.VerifyAsync();

        result.FirstViolation.Should().BeEquivalentTo(new { Kind = AuditViolationKind.Changed, chains[0].WriterId, Sequence = 1L, EventId = chains[0].IdAt(1) });
    }

    [Fact]
    public async Task A_chain_keeps_verifying_as_its_writer_appends_to_it()
    {
        await using var store = await AuditStore.CreateAsync(postgres);
        var chains = await Chains.SeedAsync(store.ConnectionString, writers: 2, perWriter: 2);
        await Chains.AppendAsync(store.ConnectionString, chains[0].WriterId, [DateTimeOffset.UtcNow, DateTimeOffset.UtcNow]);

        var result = await store.Verifier.VerifyAsync();

        result.Should().Be(new AuditVerificationResult(true, 6, 2, null));
    }

    [Fact]
    public async Task A_violation_describes_the_break_without_the_event_contents()
    {
        await using var store = await AuditStore.CreateAsync(postgres);
        var chains = await Chains.SeedAsync(store.ConnectionString, writers: 1, perWriter: 3);
        var target = chains[0].IdAt(2);
        await Tamper.ExecuteAsync(store.ConnectionString, "UPDATE auditlog.events SET payload = replace(payload, 'orders-0-1', 'orders-0-x') WHERE id = @target", new { target });

        var result = await store.Verifier.VerifyAsync();

        result.FirstViolation!.Description.Should().Contain(target.ToString()).And.NotContain("orders-0").And.NotContain("user0@example.com");
    }
}
