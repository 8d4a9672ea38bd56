using System.Diagnostics;
using AuditLog.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AuditLog.Tests.Pipeline;

public sealed class EnrichmentTests
{
    private static readonly DateTimeOffset Now = new DateTimeOffset(2026, 11, 21, 10, 30, 15, TimeSpan.Zero).AddTicks(1234567);

    [Fact]
    public async Task Assigns_a_uuid_v7_and_the_time_provider_time_truncated_to_microseconds()
    {
        var sink = new RecordingSink();
        await using var host = await AuditLogHost.StartAsync(null, s => s.AddSingleton<TimeProvider>(new FakeTimeProvider(Now)), sink);

        var recorded = await host.Logger.LogAsync(SampleEvents.TopicCreated());

        recorded.Id.Version.Should().Be(7);
        recorded.Time.Should().Be(new DateTimeOffset(2026, 11, 21, 10, 30, 15, TimeSpan.Zero).AddTicks(1234560));
        recorded.Time.Offset.Should().Be(TimeSpan.Zero);
    }

    [Fact]
    public async Task Ids_are_time_ordered()
    {
        var sink = new RecordingSink();
        await using var host = await AuditLogHost.StartAsync(null, null, sink);

        var first = await host.Logger.LogAsync(SampleEvents.TopicCreated());
        await Task.Delay(5);
        var second = await host.Logger.LogAsync(SampleEvents.TopicCreated());

        string.CompareOrdinal(first.Id.ToString(), second.Id.ToString()).Should().BeNegative();
    }

    [Fact]
    public async Task Keeps_an_id_and_time_the_caller_supplied_in_utc()
    {
        var sink = new RecordingSink();
        await using var host = await AuditLogHost.StartAsync(null, null, sink);
        var id = Guid.CreateVersion7();
        var time = new DateTimeOffset(2024, 10, 10, 9, 52, 7, TimeSpan.FromHours(2)).AddTicks(4831400);

        var recorded = await host.Logger.LogAsync(SampleEvents.TopicCreated() with { Id = id, Time = time });

        recorded.Id.Should().Be(id);
        recorded.Time.Should().Be(time);
        recorded.Time.Offset.Should().Be(TimeSpan.Zero);
    }

    [Fact]
    public async Task Takes_trace_id_and_correlation_id_from_the_current_activity()
    {
        var sink = new RecordingSink();
        await using var host = await AuditLogHost.StartAsync(null, null, sink);
        using var activity = new Activity("create-topic").SetIdFormat(ActivityIdFormat.W3C).AddBaggage("correlation.id", "req-42").Start();

        var recorded = await host.Logger.LogAsync(SampleEvents.TopicCreated());

        recorded.TraceId.Should().Be(activity.TraceId.ToHexString());
        recorded.CorrelationId.Should().Be("req-42");
    }

    [Fact]
    public async Task Leaves_trace_and_correlation_ids_empty_without_an_activity()
    {
        var sink = new RecordingSink();
        await using var host = await AuditLogHost.StartAsync(null, null, sink);
        Activity.Current = null;

        var recorded = await host.Logger.LogAsync(SampleEvents.TopicCreated());

        recorded.TraceId.Should().BeNull();
        recorded.CorrelationId.Should().BeNull();
    }

    [Fact]
    public async Task The_sink_receives_the_event_as_returned()
    {
        var sink = new RecordingSink();
        await using var host = await AuditLogHost.StartAsync(null, null, sink);

        var recorded = await host.Logger.LogAsync(SampleEvents.TopicCreated());
        await sink.WaitForAsync(1);

        sink.Events.Single().Should().Be(recorded);
    }
}
