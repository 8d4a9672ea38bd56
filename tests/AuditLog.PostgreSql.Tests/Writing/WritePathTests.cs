using AuditLog.PostgreSql.Tests.Support;
using AuditLog.PostgreSql.Writing;
using AuditLog.Resources;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

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

    // The sink prepares its statements; where they do not last (a pooler that does not keep them), it writes without them.
    [Fact]
    public async Task When_its_prepared_statements_vanish_the_sink_writes_unprepared_and_every_caller_is_stored()
    {
        // One physical connection, so that the statements deallocated below are the sink's.
        var connectionString = new NpgsqlConnectionStringBuilder(await postgres.NewDatabaseAsync()) { MaxPoolSize = 1 }.ConnectionString;
        await using var audit = await AuditLogServices.StartAsync(connectionString);
        var sink = audit.Services.GetRequiredService<PostgreSqlAuditSink>();
        await audit.Logger.LogAsync(Topic("prepared"));
        sink.PreparesStatements.Should().BeTrue();

        // What a pooler in transaction mode does to a client: the next server connection has none of its statements.
        await using (var connection = await audit.Services.GetRequiredService<AuditDatabase>().DataSource.OpenConnectionAsync())
        {
            var names = new List<string>();
            await using (var list = new NpgsqlCommand("SELECT quote_ident(name) FROM pg_prepared_statements", connection))
            await using (var reader = await list.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    names.Add(reader.GetString(0));
                }
            }

            names.Should().NotBeEmpty("the sink prepared its INSERT and its head's upsert");
            foreach (var name in names)
            {
                await using var deallocate = new NpgsqlCommand($"DEALLOCATE {name}", connection);
                await deallocate.ExecuteNonQueryAsync();
            }
        }

        var logged = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => audit.Logger.LogAsync(Topic($"after-{i}"))));

        sink.PreparesStatements.Should().BeFalse();
        var stored = await StoredEvents.ReadAsync(connectionString);
        stored.Rows.Select(r => r.Id).Should().Contain(logged.Select(e => e.Id)).And.HaveCount(11);
        stored.ChainProblems().Should().BeEmpty();
    }

    private static AuditEvent Topic(string name) =>
        AuditEvents.Kafka.Topic.Create.For(new KafkaTopic("production", name), AuditActor.User("alice@example.com"));
}
