using AuditLog.PostgreSql.Tests.Support;
using AuditLog.PostgreSql.Writing;
using AuditLog.Resources;
using Microsoft.Extensions.DependencyInjection;

namespace AuditLog.PostgreSql.Tests.Writing;

[Collection(PostgreSqlCollection.Name)]
public sealed class WritePathTests(PostgreSqlFixture postgres)
{
    [Theory]
    [InlineData(0)]
    [InlineData(int.MaxValue)]
    public async Task Copy_and_insert_store_the_same_chained_rows(int copyThreshold)
    {
        var connectionString = await postgres.NewDatabaseAsync();
        await using var audit = await AuditLogServices.StartAsync(connectionString);
        var sink = audit.Services.GetRequiredService<PostgreSqlAuditSink>();
        sink.CopyThreshold = copyThreshold;
        var now = DateTimeOffset.UtcNow;
        var batch = Enumerable.Range(0, 20)
            .Select(i => EventSeeder.Enriched(AuditEvents.Kafka.Topic.Create.For(new KafkaTopic("production", $"topic-{i}"), AuditActor.User("alice@example.com")), now.AddMilliseconds(i)))
            .ToArray();

        await sink.WriteAsync(batch[..3], CancellationToken.None);
        await sink.WriteAsync(batch[3..], CancellationToken.None);

        var verification = await audit.Services.GetRequiredService<AuditIntegrityVerifier>().VerifyAsync();
        verification.IsIntact.Should().BeTrue();
        verification.EventsChecked.Should().Be(20);
        var stored = await audit.Services.GetRequiredService<PostgreSqlAuditStore>().GetAsync(batch[7].Id);
        stored!.Metadata.GetString("name").Should().Be("topic-7");
    }
}
