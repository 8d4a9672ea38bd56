using AuditLog.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace AuditLog.Tests.Pipeline;

public sealed class ShutdownTests
{
    [Fact]
    public async Task Stopping_the_host_delivers_every_accepted_event()
    {
        var sink = new RecordingSink(AuditSinkCompletion.OnAccepted) { WriteDelay = TimeSpan.FromMilliseconds(5) };
        var host = await AuditLogHost.StartAsync(o => o.MaxBatchSize = 10, null, sink);
        for (var i = 0; i < 200; i++)
        {
            await host.Logger.LogAsync(SampleEvents.TopicCreated($"topic-{i}"));
        }

        await host.StopAsync();

        sink.Events.Should().HaveCount(200);
        await host.DisposeAsync();
    }

    [Fact]
    public async Task Events_not_delivered_within_the_shutdown_timeout_are_reported_as_final_failures()
    {
        var sink = new RecordingSink(AuditSinkCompletion.OnAccepted);
        sink.Block();
        var listener = new RecordingFailureListener();
        var host = await AuditLogHost.StartAsync(o => o.ShutdownTimeout = TimeSpan.FromMilliseconds(200), s => s.AddSingleton<IAuditFailureListener>(listener), sink);
        using var dropped = new MetricRecorder(host, "auditlog.events.dropped");
        var recorded = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            recorded.Add((await host.Logger.LogAsync(SampleEvents.TopicCreated($"topic-{i}"))).Id);
        }

        await host.StopAsync();

        listener.Failures.Where(f => f.Kind == AuditFailureKind.Final).SelectMany(f => f.Events).Select(e => e.Id)
            .Should().BeEquivalentTo(recorded);
        dropped.Total.Should().Be(3);
        await host.DisposeAsync();
    }

    [Fact]
    public async Task A_caller_waiting_on_a_write_is_told_when_shutdown_gives_up()
    {
        var sink = new RecordingSink(AuditSinkCompletion.OnWritten);
        sink.Block();
        var host = await AuditLogHost.StartAsync(o => o.ShutdownTimeout = TimeSpan.FromMilliseconds(200), null, sink);
        var logging = host.Logger.LogAsync(SampleEvents.TopicCreated());

        await host.StopAsync();

        await logging.Invoking(t => t).Should().ThrowAsync<AuditSinkException>();
        await host.DisposeAsync();
    }

    [Fact]
    public async Task LogAsync_after_shutdown_is_refused()
    {
        var sink = new RecordingSink();
        var host = await AuditLogHost.StartAsync(null, null, sink);
        await host.StopAsync();

        var act = () => host.Logger.LogAsync(SampleEvents.TopicCreated());

        (await act.Should().ThrowAsync<InvalidOperationException>()).Which.Message.Should().Contain("shutting down");
        await host.DisposeAsync();
    }

    [Fact]
    public async Task The_logger_works_without_a_host_and_disposing_the_provider_drains_it()
    {
        var sink = new RecordingSink() { WriteDelay = TimeSpan.FromMilliseconds(20) };
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddAuditLog().AddSink(sink);
        var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<IAuditLogger>().LogAsync(SampleEvents.TopicCreated());
        await provider.DisposeAsync();

        sink.Events.Should().HaveCount(1);
    }
}
