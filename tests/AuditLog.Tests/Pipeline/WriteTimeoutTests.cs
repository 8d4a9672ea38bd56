using AuditLog.Tests.Support;

namespace AuditLog.Tests.Pipeline;

public sealed class WriteTimeoutTests
{
    [Fact]
    public async Task A_write_not_done_within_the_timeout_fails_the_caller()
    {
        var sink = new RecordingSink(AuditSinkCompletion.OnWritten);
        sink.Block();
        await using var host = await AuditLogHost.StartAsync(o => o.WriteTimeout = TimeSpan.FromMilliseconds(200), null, sink);

        var act = () => host.Logger.LogAsync(SampleEvents.TopicCreated());

        var error = (await act.Should().ThrowAsync<AuditSinkException>()).Which;
        error.Sink.Should().Be(nameof(RecordingSink));
        error.Message.Should().Contain("not audited");
        sink.Release();
    }

    [Fact]
    public async Task A_timed_out_event_still_queued_is_never_written()
    {
        var sink = new RecordingSink(AuditSinkCompletion.OnWritten);
        sink.Block();
        await using var host = await AuditLogHost.StartAsync(o => { o.WriteTimeout = TimeSpan.FromMilliseconds(200); o.MaxBatchSize = 1; }, null, sink);
        var inFlight = host.Logger.LogAsync(SampleEvents.TopicCreated("in-flight"));
        await WaitUntil(() => sink.Attempts == 1);

        var queued = () => host.Logger.LogAsync(SampleEvents.TopicCreated("queued"));
        await queued.Should().ThrowAsync<AuditSinkException>();
        await inFlight.Invoking(t => t).Should().ThrowAsync<AuditSinkException>();
        sink.Release();
        var after = await host.Logger.LogAsync(SampleEvents.TopicCreated("after"));

        sink.Events.Select(e => e.Metadata.GetString("name")).Should().NotContain("queued").And.Contain("after");
        after.Should().NotBeNull();
    }

    [Fact]
    public async Task A_caller_waiting_for_room_in_a_full_queue_fails_within_the_write_timeout()
    {
        var sink = new RecordingSink(AuditSinkCompletion.OnWritten);
        sink.Block();
        await using var host = await AuditLogHost.StartAsync(o => { o.WriteTimeout = TimeSpan.FromMilliseconds(200); o.MaxBatchSize = 1; o.QueueCapacity = 1; }, null, sink);
        var inFlight = host.Logger.LogAsync(SampleEvents.TopicCreated("in-flight"));
        await WaitUntil(() => sink.Attempts == 1);
        var queued = host.Logger.LogAsync(SampleEvents.TopicCreated("queued"));

        var waiting = () => host.Logger.LogAsync(SampleEvents.TopicCreated("waiting"));

        (await waiting.Should().ThrowWithinAsync<AuditSinkException>(TimeSpan.FromSeconds(5))).Which.Message.Should().Contain("not audited");
        await Task.WhenAll(inFlight, queued).Invoking(t => t).Should().ThrowAsync<AuditSinkException>();
        sink.Release();
        await host.Logger.LogAsync(SampleEvents.TopicCreated("after"));
        sink.Events.Select(e => e.Metadata.GetString("name")).Should().NotContain("waiting");
    }

    [Fact]
    public async Task A_cancelled_caller_withdraws_its_queued_event()
    {
        var sink = new RecordingSink(AuditSinkCompletion.OnWritten);
        sink.Block();
        await using var host = await AuditLogHost.StartAsync(o => o.MaxBatchSize = 1, null, sink);
        var inFlight = host.Logger.LogAsync(SampleEvents.TopicCreated("in-flight"));
        await WaitUntil(() => sink.Attempts == 1);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        var queued = () => host.Logger.LogAsync(SampleEvents.TopicCreated("queued"), cancellation.Token);
        await queued.Should().ThrowAsync<OperationCanceledException>();
        sink.Release();
        await inFlight;
        await host.Logger.LogAsync(SampleEvents.TopicCreated("after"));

        sink.Events.Select(e => e.Metadata.GetString("name")).Should().Equal("in-flight", "after");
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
