using AuditLog.Tests.Support;

namespace AuditLog.Tests.Pipeline;

public sealed class QueueFullPolicyTests
{
    // With the sink blocked, the writer holds one batch and the queue holds QueueCapacity more.
    private static async Task<AuditLogHost> FullHostAsync(RecordingSink sink, AuditQueueFullPolicy policy)
    {
        sink.Block();
        var host = await AuditLogHost.StartAsync(o => { o.QueueCapacity = 2; o.MaxBatchSize = 1; o.QueueFullPolicy = policy; }, null, sink);
        await host.Logger.LogAsync(SampleEvents.TopicCreated("in-flight"));
        await WaitUntil(() => sink.Attempts == 1);
        await host.Logger.LogAsync(SampleEvents.TopicCreated("queued-1"));
        await host.Logger.LogAsync(SampleEvents.TopicCreated("queued-2"));
        return host;
    }

    [Fact]
    public async Task Throw_policy_refuses_the_event_with_a_typed_exception()
    {
        var sink = new RecordingSink();
        await using var host = await FullHostAsync(sink, AuditQueueFullPolicy.Throw);

        var act = () => host.Logger.LogAsync(SampleEvents.TopicCreated("overflow"));

        var error = (await act.Should().ThrowAsync<AuditQueueFullException>()).Which;
        error.Capacity.Should().Be(2);
        error.Sink.Should().Be(nameof(RecordingSink));
    }

    [Fact]
    public async Task Drop_policy_drops_and_counts_the_event_but_keeps_what_was_accepted()
    {
        var sink = new RecordingSink();
        await using var host = await FullHostAsync(sink, AuditQueueFullPolicy.Drop);
        using var metrics = new MetricRecorder(host, "auditlog.events.dropped");

        await host.Logger.LogAsync(SampleEvents.TopicCreated("overflow"));
        sink.Release();
        await sink.WaitForAsync(3);
        await Task.Delay(50);

        metrics.Total.Should().Be(1);
        sink.Events.Select(e => e.Metadata.GetString("name")).Should().Equal("in-flight", "queued-1", "queued-2");
    }

    [Fact]
    public async Task Wait_policy_waits_for_room_then_accepts()
    {
        var sink = new RecordingSink();
        await using var host = await FullHostAsync(sink, AuditQueueFullPolicy.Wait);

        var logging = host.Logger.LogAsync(SampleEvents.TopicCreated("waiting"));
        await Task.Delay(100);
        logging.IsCompleted.Should().BeFalse();
        sink.Release();
        await logging.WaitAsync(TimeSpan.FromSeconds(5));
        await sink.WaitForAsync(4);

        sink.Events.Select(e => e.Metadata.GetString("name")).Should().Equal("in-flight", "queued-1", "queued-2", "waiting");
    }

    [Fact]
    public async Task Cancellation_stops_a_caller_waiting_for_room()
    {
        var sink = new RecordingSink();
        await using var host = await FullHostAsync(sink, AuditQueueFullPolicy.Wait);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        var act = () => host.Logger.LogAsync(SampleEvents.TopicCreated("waiting"), cancellation.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
        sink.Release();
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        condition().Should().BeTrue();
    }
}
