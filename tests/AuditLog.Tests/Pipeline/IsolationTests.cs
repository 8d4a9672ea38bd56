using AuditLog.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace AuditLog.Tests.Pipeline;

/// <summary>An event whose content a sink refuses fails only its own caller, never its batch.</summary>
public sealed class IsolationTests
{
    [Fact]
    public async Task A_refused_event_fails_only_its_caller_and_every_neighbour_of_its_batch_is_written()
    {
        var sink = new RecordingSink(AuditSinkCompletion.OnWritten) { Refuses = e => e.Metadata.ContainsKey("poison") };
        await using var host = await AuditLogHost.StartAsync(null, null, sink);
        sink.Block();
        var calls = Enumerable.Range(0, 20)
            .Select(i => SampleEvents.TopicCreated($"topic-{i}"))
            .Select((e, i) => i == 7 ? e.WithMetadata("poison", true) : e)
            .Select(e => host.Logger.LogAsync(e))
            .ToArray();

        sink.Release();
        var outcomes = await Task.WhenAll(calls.Select(async c => await Record.ExceptionAsync(() => c)));

        outcomes[7].Should().BeOfType<AuditSinkException>().Which.InnerException.Should().BeOfType<AuditEventRejectedException>();
        outcomes.Where((_, i) => i != 7).Should().OnlyContain(e => e == null);
        sink.Events.Should().HaveCount(19).And.NotContain(e => e.Metadata.ContainsKey("poison"));
    }

    [Fact]
    public async Task A_refused_event_is_reported_once_as_a_permanent_failure_naming_only_it()
    {
        var sink = new RecordingSink(AuditSinkCompletion.OnWritten) { Refuses = e => e.Metadata.ContainsKey("poison") };
        var listener = new RecordingFailureListener();
        await using var host = await AuditLogHost.StartAsync(null, s => s.AddSingleton<IAuditFailureListener>(listener), sink);
        sink.Block();
        var good = host.Logger.LogAsync(SampleEvents.TopicCreated("good"));
        var poison = host.Logger.LogAsync(SampleEvents.TopicCreated("bad").WithMetadata("poison", true));

        sink.Release();
        await good;
        var refused = await Record.ExceptionAsync(() => poison);

        refused.Should().BeOfType<AuditSinkException>();
        listener.Failures.Where(f => f.Kind == AuditFailureKind.Permanent).Should().ContainSingle()
            .Which.Events.Should().ContainSingle().Which.Metadata.ContainsKey("poison").Should().BeTrue();
    }

    [Fact]
    public async Task Events_after_a_refused_one_keep_flowing()
    {
        var sink = new RecordingSink(AuditSinkCompletion.OnWritten) { Refuses = e => e.Metadata.ContainsKey("poison") };
        await using var host = await AuditLogHost.StartAsync(null, null, sink);
        await Record.ExceptionAsync(() => host.Logger.LogAsync(SampleEvents.TopicCreated().WithMetadata("poison", true)));

        var after = await host.Logger.LogAsync(SampleEvents.TopicCreated("after"));

        sink.Events.Should().ContainSingle().Which.Id.Should().Be(after.Id);
    }
}
