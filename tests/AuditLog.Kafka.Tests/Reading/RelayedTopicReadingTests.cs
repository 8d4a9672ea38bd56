using AuditLog.Kafka.Tests.Relay;
using AuditLog.Kafka.Tests.Support;
using Confluent.Kafka;

namespace AuditLog.Kafka.Tests.Reading;

[Collection(RelayCollection.Name)]
public sealed class RelayedTopicReadingTests(RelayFixture fixture)
{
    [Fact]
    public async Task Reads_back_every_event_the_relay_published_once_in_chain_order_without_violations()
    {
        var database = await fixture.NewDatabaseAsync();
        await using var cluster = RelayDeliveryTests.StartCluster();
        await using (var host = await KafkaExportHost.StartAsync(database, KafkaExportHost.Variables(cluster)))
        {
            await host.WriteAsync(3_000, "read-back");
            await DatabaseChains.WaitUntilRelayedAsync(database, TimeSpan.FromMinutes(2));
        }

        var committed = await DatabaseChains.ReadAsync(database);
        var reader = new AuditTopicReader(new ClientConfig { BootstrapServers = cluster.BootstrapServers }, KafkaExportHost.Topic);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var items = await reader.ReadAsync(cancellationToken: timeout.Token).ToListAsync(timeout.Token);

        items.OfType<AuditTopicViolation>().Should().BeEmpty();
        var events = items.OfType<AuditTopicEvent>().ToList();
        events.Should().HaveCount(3_000);
        events.Select(e => (e.Link.Writer, e.Link.Sequence)).Should().BeEquivalentTo(committed.Select(c => (c.Writer, c.Sequence)));
        foreach (var chain in events.GroupBy(e => e.Link.Writer))
        {
            chain.Select(e => e.Link.Sequence).Should().Equal(Enumerable.Range(1, chain.Count()).Select(s => (long)s), "each writer's events come in chain order");
        }

        var stored = committed.ToDictionary(c => (c.Writer, c.Sequence), c => c.Payload);
        events.Where(e => System.Text.Encoding.UTF8.GetString(e.Payload.Span) != stored[(e.Link.Writer, e.Link.Sequence)]).Should().BeEmpty("each event carries its stored payload");
    }
}
