using AuditLog.Tests.Support;

namespace AuditLog.Tests.Pipeline;

public sealed class DispatchTests
{
    private static readonly TimeSpan Short = TimeSpan.FromMilliseconds(200);

    [Fact]
    public async Task A_sink_completing_on_acceptance_lets_LogAsync_return_before_it_writes()
    {
        var sink = new RecordingSink(AuditSinkCompletion.OnAccepted);
        sink.Block();
        await using var host = await AuditLogHost.StartAsync(null, null, sink);

        await host.Logger.LogAsync(SampleEvents.TopicCreated()).WaitAsync(TimeSpan.FromSeconds(5));

        sink.Events.Should().BeEmpty();
        sink.Release();
        await sink.WaitForAsync(1);
    }

    [Fact]
    public async Task A_sink_completing_on_write_holds_LogAsync_until_the_event_is_written()
    {
        var sink = new RecordingSink(AuditSinkCompletion.OnWritten);
        sink.Block();
        await using var host = await AuditLogHost.StartAsync(null, null, sink);

        var logging = host.Logger.LogAsync(SampleEvents.TopicCreated());
        await Task.Delay(Short);
        logging.IsCompleted.Should().BeFalse();
        sink.Release();
        var recorded = await logging.WaitAsync(TimeSpan.FromSeconds(5));

        sink.Events.Select(e => e.Id).Should().Equal(recorded.Id);
    }

    [Fact]
    public async Task Concurrent_callers_are_written_in_few_batches_each_event_once()
    {
        var sink = new RecordingSink(AuditSinkCompletion.OnWritten) { WriteDelay = TimeSpan.FromMilliseconds(20) };
        await using var host = await AuditLogHost.StartAsync(null, null, sink);

        var recorded = await Task.WhenAll(Enumerable.Range(0, 500).Select(i => Task.Run(() => host.Logger.LogAsync(SampleEvents.TopicCreated($"topic-{i}")))));

        sink.Events.Select(e => e.Id).Order().Should().Equal(recorded.Select(e => e.Id).Order());
        sink.Events.Select(e => e.Id).Should().OnlyHaveUniqueItems();
        sink.Batches.Count.Should().BeLessThan(100);
    }

    [Fact]
    public async Task Batches_never_exceed_the_maximum_batch_size()
    {
        var sink = new RecordingSink(AuditSinkCompletion.OnAccepted);
        sink.Block();
        await using var host = await AuditLogHost.StartAsync(o => o.MaxBatchSize = 7, null, sink);

        for (var i = 0; i < 50; i++)
        {
            await host.Logger.LogAsync(SampleEvents.TopicCreated($"topic-{i}"));
        }

        sink.Release();
        await sink.WaitForAsync(50);

        sink.Batches.Should().OnlyContain(b => b.Count <= 7);
    }

    [Fact]
    public async Task Events_keep_their_order_within_a_sink()
    {
        var sink = new RecordingSink(AuditSinkCompletion.OnAccepted);
        await using var host = await AuditLogHost.StartAsync(null, null, sink);
        var ids = new List<Guid>();

        for (var i = 0; i < 100; i++)
        {
            ids.Add((await host.Logger.LogAsync(SampleEvents.TopicCreated($"topic-{i}"))).Id);
        }

        await sink.WaitForAsync(100);
        sink.Events.Select(e => e.Id).Should().Equal(ids);
    }

    [Fact]
    public async Task Every_sink_receives_every_event()
    {
        var database = new RecordingSink(AuditSinkCompletion.OnWritten);
        var topic = new RecordingSink(AuditSinkCompletion.OnAccepted);
        await using var host = await AuditLogHost.StartAsync(null, null, database, topic);

        var recorded = await host.Logger.LogAsync(SampleEvents.TopicCreated());
        await topic.WaitForAsync(1);

        database.Events.Single().Id.Should().Be(recorded.Id);
        topic.Events.Single().Id.Should().Be(recorded.Id);
    }

    [Fact]
    public async Task Without_a_sink_the_host_does_not_start()
    {
        var act = () => AuditLogHost.StartAsync(null, null);

        (await act.Should().ThrowAsync<InvalidOperationException>()).Which.Message.Should().Contain("AddSink");
    }
}
