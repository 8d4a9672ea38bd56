using AuditLog.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace AuditLog.Tests.Pipeline;

public sealed class RetryTests
{
    [Fact]
    public async Task A_failing_sink_is_retried_until_it_recovers_and_nothing_is_lost()
    {
        var sink = new RecordingSink(AuditSinkCompletion.OnAccepted);
        sink.FailNext(3);
        await using var host = await AuditLogHost.StartAsync(null, null, sink);

        var recorded = await host.Logger.LogAsync(SampleEvents.TopicCreated());
        await sink.WaitForAsync(1);

        sink.Events.Single().Id.Should().Be(recorded.Id);
        sink.Attempts.Should().Be(4);
    }

    [Fact]
    public async Task Temporary_failures_are_reported_to_failure_listeners()
    {
        var sink = new RecordingSink(AuditSinkCompletion.OnWritten);
        sink.FailNext(2);
        var listener = new RecordingFailureListener();
        await using var host = await AuditLogHost.StartAsync(null, s => s.AddSingleton<IAuditFailureListener>(listener), sink);

        var recorded = await host.Logger.LogAsync(SampleEvents.TopicCreated());

        listener.Failures.Should().HaveCount(2).And.OnlyContain(f => f.Kind == AuditFailureKind.Temporary && f.Sink == nameof(RecordingSink));
        listener.Failures[0].Events.Single().Id.Should().Be(recorded.Id);
        listener.Failures[0].Exception.Should().BeOfType<InvalidOperationException>();
    }

    [Fact]
    public async Task A_sink_completing_on_write_is_retried_until_the_write_timeout_and_the_caller_gets_its_last_error()
    {
        var sink = new RecordingSink(AuditSinkCompletion.OnWritten);
        sink.FailNext(int.MaxValue);
        var listener = new RecordingFailureListener();
        await using var host = await AuditLogHost.StartAsync(o => o.WriteTimeout = TimeSpan.FromMilliseconds(300), s => s.AddSingleton<IAuditFailureListener>(listener), sink);

        var act = () => host.Logger.LogAsync(SampleEvents.TopicCreated());

        var error = (await act.Should().ThrowAsync<AuditSinkException>()).Which;
        error.Sink.Should().Be(nameof(RecordingSink));
        error.Message.Should().Contain("within 00:00:00.3");
        error.InnerException.Should().BeOfType<InvalidOperationException>();
        sink.Attempts.Should().BeGreaterThan(2, "retries go on for as long as the caller waits");
        listener.Failures.Should().OnlyContain(f => f.Kind == AuditFailureKind.Temporary);
    }

    [Fact]
    public async Task A_sink_that_recovers_before_the_write_timeout_saves_the_call()
    {
        var sink = new RecordingSink(AuditSinkCompletion.OnWritten);
        sink.FailNext(30);
        await using var host = await AuditLogHost.StartAsync(o => o.WriteTimeout = TimeSpan.FromSeconds(30), null, sink);

        var recorded = await host.Logger.LogAsync(SampleEvents.TopicCreated());

        sink.Events.Single().Id.Should().Be(recorded.Id);
        sink.Attempts.Should().Be(31);
    }

    [Fact]
    public async Task A_listener_that_throws_does_not_break_delivery()
    {
        var sink = new RecordingSink(AuditSinkCompletion.OnWritten);
        sink.FailNext(1);
        await using var host = await AuditLogHost.StartAsync(null, s => s.AddSingleton<IAuditFailureListener>(new ThrowingListener()), sink);

        var recorded = await host.Logger.LogAsync(SampleEvents.TopicCreated());

        sink.Events.Single().Id.Should().Be(recorded.Id);
    }

    private sealed class ThrowingListener : IAuditFailureListener
    {
        public void OnFailure(AuditFailure failure) => throw new InvalidOperationException("listener bug");
    }
}
