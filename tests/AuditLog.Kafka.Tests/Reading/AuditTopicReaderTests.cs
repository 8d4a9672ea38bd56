using AuditLog.Kafka.Tests.Support;
using AuditLog.Testing;
using Confluent.Kafka;

namespace AuditLog.Kafka.Tests.Reading;

public sealed class AuditTopicReaderTests : IDisposable
{
    private const string Topic = "audit";
    private const string Key = "integrity key ✓";

    private readonly KafkaMockCluster cluster;
    private readonly TopicWriter writer;

    public AuditTopicReaderTests()
    {
        cluster = KafkaMockCluster.Start();
        cluster.CreateTopic(Topic, partitions: 4, replicationFactor: 1);
        writer = new TopicWriter(cluster.BootstrapServers, Topic);
    }

    private AuditTopicReader Reader => new(new ClientConfig { BootstrapServers = cluster.BootstrapServers }, Topic, ScannedTimeOffsets.For(cluster.BootstrapServers));

    [Fact]
    public async Task Puts_a_chain_spread_over_partitions_back_in_sequence_order_without_violations()
    {
        var chain = new CraftedChain().Add(8);
        // Even sequences first on partition 1, then odd ones on partition 0: read in any order, released in chain order.
        foreach (var sequence in new long[] { 2, 4, 6, 8 })
        {
            await writer.WriteAsync(1, chain.Record(sequence));
        }

        foreach (var sequence in new long[] { 1, 3, 5, 7 })
        {
            await writer.WriteAsync(0, chain.Record(sequence, AuditMessageFormat.Binary));
        }

        var items = await ReadAllAsync();

        items.OfType<AuditTopicViolation>().Should().BeEmpty();
        var events = items.OfType<AuditTopicEvent>().ToList();
        events.Select(e => e.Link.Sequence).Should().Equal(1, 2, 3, 4, 5, 6, 7, 8);
        events.Select(e => e.Event.Id).Should().Equal(Enumerable.Range(1, 8).Select(s => chain[s].Event.Id));
        events[0].Partition.Should().Be(0);
        events[1].Partition.Should().Be(1);
        System.Text.Encoding.UTF8.GetString(events[2].Payload.Span).Should().Be(chain[3].Payload);
    }

    [Fact]
    public async Task Reports_a_missing_sequence_as_a_gap_at_the_end_of_the_read_and_yields_the_rest()
    {
        var chain = new CraftedChain().Add(6);
        foreach (var sequence in new long[] { 1, 2, 4, 5, 6 })
        {
            await writer.WriteAsync((int)(sequence % 2), chain.Record(sequence));
        }

        var items = await ReadAllAsync();

        var gap = items.OfType<AuditTopicViolation>().Should().ContainSingle().Which;
        gap.Kind.Should().Be(AuditTopicViolationKind.Gap);
        gap.Writer.Should().Be(chain.Writer);
        gap.Sequence.Should().Be(3);
        gap.Description.Should().Contain("Sequence 3 of writer").And.Contain(chain.Writer.ToString());
        items.OfType<AuditTopicEvent>().Select(e => e.Link.Sequence).Should().Equal(1, 2, 4, 5, 6);
        items.IndexOf(gap).Should().Be(2, "the gap is reported where the chain breaks, before the event after it");
    }

    [Fact]
    public async Task Reports_a_gap_while_following_once_more_events_wait_behind_it_than_the_bound()
    {
        var chain = new CraftedChain().Add(5);
        foreach (var sequence in new long[] { 1, 3, 4, 5 })
        {
            await writer.WriteAsync(0, chain.Record(sequence));
        }

        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var items = new List<AuditTopicItem>();
        await foreach (var item in Reader.ReadAsync(new AuditTopicReadOptions { Follow = true, MaxOutOfOrder = 2 }, cancel.Token))
        {
            items.Add(item);
            if (item is AuditTopicEvent { Link.Sequence: 5 })
            {
                break;
            }
        }

        items.Select(Describe).Should().Equal("event 1", "Gap 2", "event 3", "event 4", "event 5");
    }

    [Fact]
    public async Task Reports_a_duplicate_and_skips_the_second_copy()
    {
        var chain = new CraftedChain().Add(3);
        await writer.WriteAsync(0, chain.Record(1));
        await writer.WriteAsync(0, chain.Record(2));
        await writer.WriteAsync(2, chain.Record(2));
        await writer.WriteAsync(0, chain.Record(3));

        var items = await ReadAllAsync();

        var duplicate = items.OfType<AuditTopicViolation>().Should().ContainSingle().Which;
        duplicate.Kind.Should().Be(AuditTopicViolationKind.Duplicate);
        duplicate.Sequence.Should().Be(2);
        duplicate.EventId.Should().Be(chain[2].Event.Id);
        items.OfType<AuditTopicEvent>().Select(e => e.Link.Sequence).Should().Equal(1, 2, 3);
    }

    [Fact]
    public async Task Reports_an_altered_record_naming_it_and_still_yields_it()
    {
        var chain = new CraftedChain().Add(3);
        await writer.WriteAsync(0, chain.Record(1));
        await writer.WriteAsync(0, chain.Altered(2));
        await writer.WriteAsync(0, chain.Record(3));

        var items = await ReadAllAsync();

        var altered = items.OfType<AuditTopicViolation>().Should().ContainSingle().Which;
        altered.Kind.Should().Be(AuditTopicViolationKind.Altered);
        altered.Writer.Should().Be(chain.Writer);
        altered.Sequence.Should().Be(2);
        altered.Partition.Should().Be(0);
        altered.Offset.Should().Be(1);
        items.OfType<AuditTopicEvent>().Select(e => e.Link.Sequence).Should().Equal(1, 2, 3);
    }

    [Fact]
    public async Task Reports_a_record_replaced_by_one_chained_elsewhere_as_altered()
    {
        var chain = new CraftedChain().Add(3);
        var other = new CraftedChain().Add(2);
        await writer.WriteAsync(0, chain.Record(1));
        await writer.WriteAsync(0, chain.Record(2));
        // A record whose own hash verifies but whose previous hash is not sequence 2's: sequence 3 forged under the writer.
        var forged = other[2];
        var link = new AuditChainLink(chain.Writer, 3, forged.Link.Hash, forged.Link.PreviousHash);
        await writer.WriteAsync(0, AuditLog.Kafka.Wire.AuditMessageWriter.Create(forged.Payload, forged.Event.Resource.Address, link, AuditMessageFormat.Structured));

        var items = await ReadAllAsync();

        items.OfType<AuditTopicViolation>().Should().Contain(v => v.Kind == AuditTopicViolationKind.Altered && v.Sequence == 3 && v.Description.Contains("previous hash"));
    }

    [Fact]
    public async Task Reports_an_unreadable_record_and_reads_on()
    {
        var chain = new CraftedChain().Add(2);
        await writer.WriteAsync(0, chain.Record(1));
        await writer.WriteAsync(0, "not an audit record");
        await writer.WriteAsync(0, chain.Record(2));

        var items = await ReadAllAsync();

        var unreadable = items.OfType<AuditTopicViolation>().Should().ContainSingle().Which;
        unreadable.Kind.Should().Be(AuditTopicViolationKind.Unreadable);
        unreadable.Writer.Should().BeNull();
        (unreadable.Partition, unreadable.Offset).Should().Be((0, 1L));
        unreadable.Description.Should().Contain("content-type").And.NotContain("not an audit record\"");
        items.OfType<AuditTopicEvent>().Select(e => e.Link.Sequence).Should().Equal(1, 2);
    }

    [Fact]
    public async Task Reports_keyed_hashes_as_unverifiable_once_per_writer_without_the_key_and_checks_them_with_it()
    {
        var chain = new CraftedChain(Key).Add(3);
        for (var sequence = 1; sequence <= 3; sequence++)
        {
            await writer.WriteAsync(0, chain.Record(sequence));
        }

        await writer.WriteAsync(0, chain.Altered(3));

        var withoutKey = await ReadAllAsync();
        var withKey = await ReadAllAsync(new AuditTopicReadOptions { IntegrityKey = Key });

        withoutKey.OfType<AuditTopicViolation>().Select(v => v.Kind).Should().Equal(AuditTopicViolationKind.Unverifiable, AuditTopicViolationKind.Duplicate);
        withKey.OfType<AuditTopicViolation>().Select(v => v.Kind).Should().Equal(AuditTopicViolationKind.Altered, AuditTopicViolationKind.Duplicate);
        withKey.OfType<AuditTopicEvent>().Select(e => e.Link.Sequence).Should().Equal(1, 2, 3);
    }

    [Fact]
    public async Task Starts_at_a_time_with_each_writers_first_sequence_read_as_the_start_of_its_chain()
    {
        var chain = new CraftedChain().Add(6);
        var earlier = DateTimeOffset.UtcNow.AddHours(-2);
        var later = earlier.AddHours(1);
        for (var sequence = 1; sequence <= 6; sequence++)
        {
            await writer.WriteAsync(sequence % 3, chain.Record(sequence), sequence <= 3 ? earlier : later);
        }

        var items = await ReadAllAsync(new AuditTopicReadOptions { From = later });

        items.OfType<AuditTopicViolation>().Should().BeEmpty("no gap is reported before the first sequence read");
        items.OfType<AuditTopicEvent>().Select(e => e.Link.Sequence).Should().Equal(4, 5, 6);
    }

    [Fact]
    public async Task Follows_new_events_and_ends_cleanly_when_cancelled()
    {
        var chain = new CraftedChain().Add(6);
        for (var sequence = 1; sequence <= 3; sequence++)
        {
            await writer.WriteAsync(sequence % 2, chain.Record(sequence));
        }

        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var read = new List<long>();
        var following = Task.Run(async () =>
        {
            await foreach (var item in Reader.ReadAsync(new AuditTopicReadOptions { Follow = true }, cancel.Token))
            {
                item.Should().BeOfType<AuditTopicEvent>();
                lock (read)
                {
                    read.Add(((AuditTopicEvent)item).Link.Sequence);
                }
            }
        });

        await WaitUntilAsync(() => read.Count == 3);
        for (var sequence = 4; sequence <= 6; sequence++)
        {
            await writer.WriteAsync(sequence % 2, chain.Record(sequence));
        }

        await WaitUntilAsync(() => read.Count == 6);
        await cancel.CancelAsync();

        await following.Invoking(t => t).Should().ThrowAsync<OperationCanceledException>();
        following.IsCompleted.Should().BeTrue();
        read.Should().Equal(1, 2, 3, 4, 5, 6);
    }

    [Fact]
    public async Task Reads_nothing_from_an_empty_topic_and_ends()
    {
        (await ReadAllAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task Refuses_a_topic_that_does_not_exist()
    {
        var reader = new AuditTopicReader(new ClientConfig { BootstrapServers = cluster.BootstrapServers }, "no-such-topic");

        var read = async () => await reader.ReadAsync(new AuditTopicReadOptions { RequestTimeout = TimeSpan.FromSeconds(5) }).ToListAsync();

        (await read.Should().ThrowAsync<KafkaException>()).Which.Error.Code.Should().Be(ErrorCode.UnknownTopicOrPart);
    }

    public void Dispose()
    {
        writer.Dispose();
        cluster.Dispose();
    }

    private static string Describe(AuditTopicItem item) => item switch
    {
        AuditTopicEvent e => $"event {e.Link.Sequence}",
        AuditTopicViolation v => $"{v.Kind} {v.Sequence}",
        _ => throw new InvalidOperationException(),
    };

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!condition())
        {
            DateTime.UtcNow.Should().BeBefore(deadline, "the reader should have caught up");
            await Task.Delay(50);
        }
    }

    private async Task<List<AuditTopicItem>> ReadAllAsync(AuditTopicReadOptions? options = null)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        return await Reader.ReadAsync(options, timeout.Token).ToListAsync(timeout.Token);
    }
}
