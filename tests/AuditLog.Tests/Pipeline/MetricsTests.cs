using AuditLog.Tests.Support;

namespace AuditLog.Tests.Pipeline;

public sealed class MetricsTests
{
    [Fact]
    public async Task Accepted_written_and_rejected_events_are_counted()
    {
        var sink = new RecordingSink(AuditSinkCompletion.OnWritten);
        await using var host = await AuditLogHost.StartAsync(null, null, sink);
        using var accepted = new MetricRecorder(host, "auditlog.events.accepted");
        using var written = new MetricRecorder(host, "auditlog.events.written");
        using var rejected = new MetricRecorder(host, "auditlog.events.rejected");

        await host.Logger.LogAsync(SampleEvents.TopicCreated("a"));
        await host.Logger.LogAsync(SampleEvents.TopicCreated("b"));
        await host.Logger.Invoking(l => l.LogAsync(SampleEvents.TopicCreated() with { Actor = null! })).Should().ThrowAsync<AuditValidationException>();

        accepted.Total.Should().Be(2);
        written.Total.Should().Be(2);
        rejected.Total.Should().Be(1);
    }

    [Fact]
    public async Task Failed_writes_are_counted()
    {
        var sink = new RecordingSink(AuditSinkCompletion.OnWritten);
        sink.FailNext(2);
        await using var host = await AuditLogHost.StartAsync(null, null, sink);
        using var failed = new MetricRecorder(host, "auditlog.events.failed");

        await host.Logger.LogAsync(SampleEvents.TopicCreated());

        failed.Total.Should().Be(2);
    }
}
