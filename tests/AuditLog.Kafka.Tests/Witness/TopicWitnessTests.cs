using AuditLog.Kafka.Tests.Support;
using AuditLog.Kafka.Witness;
using AuditLog.Resources;
using Confluent.Kafka;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AuditLog.Kafka.Tests.Witness;

/// <summary>
/// The topic as a witness of the database: events published by the real relay to a mock cluster, then the database (or
/// the topic) tampered with, and <see cref="TopicWitness"/> asked.
/// </summary>
[Collection(RelayCollection.Name)]
public sealed class TopicWitnessTests(RelayFixture fixture)
{
    [Fact]
    public async Task Finds_every_event_of_an_untouched_topic_in_the_database_a_batch_at_a_time()
    {
        await using var audit = await WitnessedAudit.StartAsync(fixture, events: 2_500);

        var (result, findings) = await audit.CompareAsync();

        findings.Should().BeEmpty();
        result.Should().BeEquivalentTo(new { IsIntact = true, EventsOnTopic = 2_500L, EventsMatched = 2_500L, EventsPurged = 0L, Findings = 0L });
    }

    [Fact]
    public async Task Reports_an_event_whose_payload_was_changed_in_the_database_naming_it()
    {
        await using var audit = await WitnessedAudit.StartAsync(fixture, events: 20);
        var (writer, _) = await audit.ChainAsync();
        var changed = await audit.IdAtAsync(writer, 7);
        (await audit.TamperAsync("UPDATE auditlog.events SET payload = replace(payload, $1, 'mallory') WHERE id = $2", WitnessedAudit.Actor, changed)).Should().Be(1);

        var (result, findings) = await audit.CompareAsync();

        var finding = findings.Should().ContainSingle().Which;
        finding.Should().BeEquivalentTo(new { Kind = TopicFindingKind.Changed, EventId = changed, Writer = writer, Sequence = 7L });
        finding.Description.Should().Contain(changed.ToString()).And.Contain("its payload differs from the record on the topic");
        result.Should().BeEquivalentTo(new { IsIntact = false, EventsOnTopic = 20L, EventsMatched = 19L, Findings = 1L });
    }

    [Fact]
    public async Task Reports_the_newest_event_deleted_with_its_head_moved_back_which_the_database_verifies_as_intact()
    {
        await using var audit = await WitnessedAudit.StartAsync(fixture, events: 12);
        var (writer, head) = await audit.ChainAsync();
        var deleted = await audit.IdAtAsync(writer, head);
        (await audit.TamperAsync("DELETE FROM auditlog.events WHERE id = $1", deleted)).Should().Be(1);
        (await audit.TamperAsync(
            "UPDATE auditlog.chain_heads h SET sequence = e.sequence, hash = e.hash FROM auditlog.events e WHERE e.writer_id = h.writer_id AND e.sequence = $1",
            head - 1)).Should().Be(1);

        var database = await audit.VerifyDatabaseAsync();
        var (result, findings) = await audit.CompareAsync();

        database.IsIntact.Should().BeTrue("the chain and its head were rewritten consistently");
        findings.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Kind = TopicFindingKind.Removed, EventId = deleted, Writer = writer, Sequence = head });
        result.Should().BeEquivalentTo(new { IsIntact = false, EventsOnTopic = 12L, EventsMatched = 11L });
    }

    [Fact]
    public async Task Reports_an_event_rewritten_with_every_later_hash_and_the_head_recomputed_which_the_database_verifies_as_intact()
    {
        await using var audit = await WitnessedAudit.StartAsync(fixture, events: 10);
        var (writer, head) = await audit.ChainAsync();
        var rewritten = await audit.IdAtAsync(writer, 4);
        await audit.RewriteFromAsync(writer, 4);

        var database = await audit.VerifyDatabaseAsync();
        var (_, findings) = await audit.CompareAsync();

        database.IsIntact.Should().BeTrue("every hash after the change and the head were recomputed");
        findings.Should().OnlyContain(f => f.Kind == TopicFindingKind.Changed && f.Writer == writer);
        findings.Select(f => f.Sequence).Should().Equal(Enumerable.Range(4, (int)head - 3).Select(s => (long?)s));
        findings[0].EventId.Should().Be(rewritten);
        findings[0].Description.Should().Contain("its payload and hash differ").And.NotContain("mallory");
        findings[1].Description.Should().Contain("its hash and previous hash differ");
    }

    [Fact]
    public async Task Does_not_report_events_purged_by_retention()
    {
        await using var audit = await WitnessedAudit.StartAsync(fixture, events: 0);
        await audit.PublishAsync(async host =>
        {
            var actor = AuditActor.ServiceAccount(WitnessedAudit.Actor);
            for (var i = 0; i < 8; i++)
            {
                var time = DateTimeOffset.UtcNow.AddDays(i < 5 ? -30 : 0);
                await host.Logger.LogAsync(AuditEvents.Kafka.Topic.Create.For(new KafkaTopic("production", $"purge-{i}"), actor) with { Time = time });
            }
        });
        (await audit.PurgeAsync(TimeSpan.FromDays(7))).EventsPurged.Should().Be(5);

        var (result, findings) = await audit.CompareAsync();

        findings.Should().BeEmpty();
        result.Should().BeEquivalentTo(new { IsIntact = true, EventsOnTopic = 8L, EventsMatched = 3L, EventsPurged = 5L });
    }

    [Fact]
    public async Task Reports_events_the_relay_cursor_says_were_published_but_the_topic_lacks()
    {
        await using var audit = await WitnessedAudit.StartAsync(fixture, events: 5);
        var unpublished = await LogWithoutRelayAsync(audit.Database, count: 3);
        (await audit.TamperAsync(
            "INSERT INTO auditlog.relay_cursors (destination, writer_id, sequence) SELECT 'local/audit', writer_id, sequence FROM auditlog.chain_heads WHERE writer_id = $1",
            unpublished.Writer)).Should().Be(1);

        var (result, findings) = await audit.CompareAsync();

        findings.Should().HaveCount(3).And.OnlyContain(f => f.Kind == TopicFindingKind.NotOnTopic && f.Writer == unpublished.Writer);
        findings.Select(f => f.EventId).Should().Equal(unpublished.Ids.Cast<Guid?>());
        findings[0].Description.Should().Contain("is in the database and the relay's cursor for local/audit is at sequence 3, but the event is not on the topic");
        result.Should().BeEquivalentTo(new { EventsOnTopic = 5L, EventsMatched = 5L, Findings = 3L });
    }

    [Fact]
    public async Task Reports_a_duplicate_on_the_topic_and_still_matches_every_event()
    {
        await using var audit = await WitnessedAudit.StartAsync(fixture, events: 10);
        var first = (await TopicRecords.ReadAllAsync(audit.Cluster.BootstrapServers, KafkaExportHost.Topic))[0];
        using (var topic = new TopicWriter(audit.Cluster.BootstrapServers, KafkaExportHost.Topic))
        {
            await topic.WriteAsync(first.Partition.Value, first.Message);
        }

        var (result, findings) = await audit.CompareAsync();

        findings.Should().ContainSingle().Which.Violation!.Kind.Should().Be(AuditTopicViolationKind.Duplicate);
        result.Should().BeEquivalentTo(new { EventsOnTopic = 10L, EventsMatched = 10L, Findings = 1L });
    }

    [Fact]
    public async Task Reports_a_gap_on_the_topic()
    {
        await using var audit = await WitnessedAudit.StartAsync(fixture, events: 10);
        var (writer, _) = await audit.ChainAsync();
        audit.Cluster.CreateTopic("audit-copy", partitions: 3, replicationFactor: 1);
        using (var copy = new TopicWriter(audit.Cluster.BootstrapServers, "audit-copy"))
        {
            foreach (var record in await TopicRecords.ReadAllAsync(audit.Cluster.BootstrapServers, KafkaExportHost.Topic))
            {
                if (AuditLog.Kafka.Wire.AuditMessageReader.Read(record.Message).Link.Sequence != 6)
                {
                    await copy.WriteAsync(record.Partition.Value % 3, record.Message);
                }
            }
        }

        var (result, findings) = await audit.CompareAsync("audit-copy");

        var gap = findings.Should().ContainSingle().Which;
        gap.Violation!.Kind.Should().Be(AuditTopicViolationKind.Gap);
        gap.Should().BeEquivalentTo(new { Writer = writer, Sequence = 6L });
        result.Should().BeEquivalentTo(new { EventsOnTopic = 9L, EventsMatched = 9L });
    }

    // A host with PostgreSQL and no Kafka: a chain of its own that no relay ever published.
    private static async Task<(Guid Writer, List<Guid> Ids)> LogWithoutRelayAsync(string database, int count)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddAuditLog().AddPostgreSql(database);
        using var host = builder.Build();
        await host.StartAsync();
        var logger = host.Services.GetRequiredService<IAuditLogger>();
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            ids.Add((await logger.LogAsync(AuditEvents.Kafka.Topic.Create.For(new KafkaTopic("production", $"quiet-{i}"), AuditActor.ServiceAccount("quiet")))).Id);
        }

        await host.StopAsync();
        var writers = await DatabaseChains.ReadAsync(database);
        return (writers.Single(e => e.Payload.Contains(ids[0].ToString(), StringComparison.Ordinal)).Writer, ids);
    }
}
