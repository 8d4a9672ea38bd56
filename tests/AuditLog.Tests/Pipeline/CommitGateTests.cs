using AuditLog.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AuditLog.Tests.Pipeline;

/// <summary>What a caller is told is what the sink holds, even when the deadline passes mid-write.</summary>
/// <remarks>The deadline passes when a test advances the fake clock, never by chance on a busy machine.</remarks>
public sealed class CommitGateTests
{
    private static readonly TimeSpan WriteTimeout = TimeSpan.FromSeconds(5);
    private readonly FakeTimeProvider clock = new();

    [Fact]
    public async Task An_event_whose_caller_gave_up_before_the_commit_is_never_stored()
    {
        var sink = new GatedSink { BeforeCommit = new TaskCompletionSource() };
        await using var host = await StartAsync(sink);

        var stalled = host.Logger.LogAsync(SampleEvents.TopicCreated("stalled"));
        await sink.Started.Task;
        clock.Advance(WriteTimeout);
        await FluentActions.Awaiting(() => stalled).Should().ThrowAsync<AuditSinkException>();
        sink.BeforeCommit.SetResult();
        var after = await host.Logger.LogAsync(SampleEvents.TopicCreated("after"));

        sink.Stored.Should().ContainSingle().Which.Id.Should().Be(after.Id);
        sink.RolledBack.Should().BeGreaterThan(0);
    }

    [Fact]
    public async Task A_caller_whose_deadline_passes_during_the_commit_waits_for_its_outcome_and_is_told_it_was_written()
    {
        var sink = new GatedSink { DuringCommit = new TaskCompletionSource() };
        await using var host = await StartAsync(sink);

        var call = host.Logger.LogAsync(SampleEvents.TopicCreated("slow-commit"));
        await sink.Committing.Task;
        clock.Advance(WriteTimeout * 2);
        call.IsCompleted.Should().BeFalse("the caller waits for the commit under way");
        sink.DuringCommit.SetResult();
        var recorded = await call;

        sink.Stored.Should().ContainSingle().Which.Id.Should().Be(recorded.Id);
    }

    [Fact]
    public async Task When_one_caller_withdraws_from_a_stalled_batch_the_others_are_written_without_it()
    {
        var sink = new GatedSink { BeforeCommit = new TaskCompletionSource() };
        await using var host = await StartAsync(sink);
        using var impatient = new CancellationTokenSource();
        var withdrawn = host.Logger.LogAsync(SampleEvents.TopicCreated("impatient"), impatient.Token);
        var kept = host.Logger.LogAsync(SampleEvents.TopicCreated("patient"));

        await impatient.CancelAsync();
        await FluentActions.Awaiting(() => withdrawn).Should().ThrowAsync<OperationCanceledException>();
        sink.BeforeCommit.SetResult();
        var recorded = await kept;

        sink.Stored.Should().ContainSingle().Which.Id.Should().Be(recorded.Id);
    }

    [Fact]
    public async Task A_caller_whose_commit_was_never_acknowledged_is_told_at_shutdown_that_the_outcome_is_unknown()
    {
        var sink = new GatedSink { FailAfterGate = true };
        var host = await StartAsync(sink);
        var call = host.Logger.LogAsync(SampleEvents.TopicCreated("in-doubt"));
        await sink.Committing.Task;
        clock.Advance(WriteTimeout * 2);

        var stopping = host.StopAsync();
        for (var i = 0; i < 1000 && !stopping.IsCompleted; i++)
        {
            clock.Advance(TimeSpan.FromSeconds(1)); // backoff and shutdown timeout run on the fake clock
            await Task.Delay(10);
        }

        await stopping;
        await host.DisposeAsync();
        var error = await Record.ExceptionAsync(() => call);
        error.Should().BeOfType<AuditSinkException>().Which.Message.Should().Contain("could not confirm");
    }

    private Task<AuditLogHost> StartAsync(GatedSink sink) =>
        AuditLogHost.StartAsync(o => o.WriteTimeout = WriteTimeout, s => s.AddSingleton<TimeProvider>(clock), sink);
}
