using AuditLog.PostgreSql.Tests.Support;
using AuditLog.Resources;
using Microsoft.Extensions.DependencyInjection;

namespace AuditLog.PostgreSql.Tests.Integrity;

[Collection(PostgreSqlCollection.Name)]
public sealed class SinkChainVerificationTests(PostgreSqlFixture postgres)
{
    [Fact]
    public async Task Chains_written_by_two_sinks_at_once_verify_intact_and_a_change_is_named()
    {
        var connectionString = await postgres.NewDatabaseAsync();
        await using var first = await AuditLogServices.StartAsync(connectionString, o => o.IntegrityKey = "secret");
        await using var second = await AuditLogServices.StartAsync(connectionString, o => o.IntegrityKey = "secret");
        var logged = await Task.WhenAll(Enumerable.Range(0, 600).Select(i =>
            (i % 2 == 0 ? first : second).Logger.LogAsync(AuditEvents.Kafka.Topic.Create.For(new KafkaTopic("production", $"topic-{i}"), AuditActor.User("alice@example.com")))));
        var verifier = first.Services.GetRequiredService<AuditIntegrityVerifier>();

        var intact = await verifier.VerifyAsync();
        await Sql.ExecuteAsync(connectionString, "ALTER TABLE auditlog.events DISABLE TRIGGER events_append_only");
        await Sql.ExecuteAsync(connectionString, "UPDATE auditlog.events SET payload = replace(payload, 'topic-42', 'topic-43') WHERE id = @id", new { id = logged[42].Id });

        var tampered = await verifier.VerifyAsync();

        intact.IsIntact.Should().BeTrue();
        intact.EventsChecked.Should().Be(600);
        intact.Chains.Should().Be(2);
        tampered.IsIntact.Should().BeFalse();
        tampered.FirstViolation!.Kind.Should().Be(AuditViolationKind.Changed);
        tampered.FirstViolation.EventId.Should().Be(logged[42].Id);
    }
}
