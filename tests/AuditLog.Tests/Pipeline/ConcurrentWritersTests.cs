using AuditLog.Tests.Support;

namespace AuditLog.Tests.Pipeline;

/// <summary>
/// A sink with several writers gets one batch in flight per writer, all taken from the same queue; a batch stays
/// with the writer that took it through its retries and its halving, so each writer's batches commit in order.
/// </summary>
public sealed class ConcurrentWritersTests
{
    [Fact]
    public async Task A_sink_with_three_writers_has_three_batches_in_flight_at_once_one_per_writer()
    {
        var sink = new ConcurrentSink(writers: 3);
        await using var host = await AuditLogHost.StartAsync(o => o.WriteTimeout = TimeSpan.FromMinutes(1), null, sink);
        sink.Hold();

        var calls = new List<Task<AuditEvent>>();
        for (var i = 1; i <= 3; i++)
        {
            calls.Add(host.Logger.LogAsync(SampleEvents.TopicCreated($"topic-{i}")));
            await sink.InFlightAsync(i).WaitAsync(TimeSpan.FromSeconds(30));
        }

        sink.Release();
        var recorded = await Task.WhenAll(calls);

        sink.Attempts.Select(a => a.Writer).Should().BeEquivalentTo([0, 1, 2]);
        sink.Stored.Select(e => e.Id).Should().BeEquivalentTo(recorded.Select(e => e.Id));
    }

    [Fact]
    public async Task Each_writer_writes_one_batch_at_a_time_and_every_event_is_written_once()
    {
        var sink = new ConcurrentSink(writers: 4);
        await using var host = await AuditLogHost.StartAsync(o => o.WriteTimeout = TimeSpan.FromMinutes(1), null, sink);

        var recorded = await Task.WhenAll(Enumerable.Range(0, 32).Select(task => Task.Run(async () =>
        {
            var ids = new List<Guid>();
            for (var i = 0; i < 50; i++)
            {
                ids.Add((await host.Logger.LogAsync(SampleEvents.TopicCreated($"topic-{task}-{i}"))).Id);
            }

            return ids;
        })));

        sink.MostInFlightPerWriter.Should().Be(1);
        sink.Stored.Select(e => e.Id).Should().OnlyHaveUniqueItems().And.BeEquivalentTo(recorded.SelectMany(ids => ids));
    }

    [Fact]
    public async Task A_failed_batch_is_retried_by_the_writer_that_took_it()
    {
        var sink = new ConcurrentSink(writers: 3) { FailFirstAttempts = true };
        await using var host = await AuditLogHost.StartAsync(o => o.WriteTimeout = TimeSpan.FromMinutes(1), null, sink);

        var recorded = await Task.WhenAll(Enumerable.Range(0, 60).Select(i => Task.Run(() => host.Logger.LogAsync(SampleEvents.TopicCreated($"topic-{i}")))));

        sink.Stored.Select(e => e.Id).Should().OnlyHaveUniqueItems().And.BeEquivalentTo(recorded.Select(e => e.Id));
        WritersOfEachEvent(sink).Should().OnlyContain(writers => writers.Count == 1);
        sink.Attempts.SelectMany(a => a.Ids).GroupBy(id => id).Should().OnlyContain(attempts => attempts.Count() >= 2, "every batch failed once");
    }

    [Fact]
    public async Task A_refused_event_is_isolated_by_the_writer_that_took_its_batch_and_only_its_caller_fails()
    {
        var sink = new ConcurrentSink(writers: 3) { Refuses = e => e.Metadata.ContainsKey("poison") };
        await using var host = await AuditLogHost.StartAsync(o => o.WriteTimeout = TimeSpan.FromMinutes(1), null, sink);
        sink.Hold();
        var first = host.Logger.LogAsync(SampleEvents.TopicCreated("first"));
        await sink.InFlightAsync(1).WaitAsync(TimeSpan.FromSeconds(30));
        var calls = Enumerable.Range(0, 20)
            .Select(i => SampleEvents.TopicCreated($"topic-{i}"))
            .Select((e, i) => i == 7 ? e.WithMetadata("poison", true) : e)
            .Select(e => host.Logger.LogAsync(e))
            .ToArray();

        sink.Release();
        await first;
        var outcomes = await Task.WhenAll(calls.Select(async c => await Record.ExceptionAsync(() => c)));

        outcomes[7].Should().BeOfType<AuditSinkException>().Which.InnerException.Should().BeOfType<AuditEventRejectedException>();
        outcomes.Where((_, i) => i != 7).Should().OnlyContain(e => e == null);
        sink.Stored.Should().HaveCount(20).And.OnlyHaveUniqueItems(e => e.Id).And.NotContain(e => e.Metadata.ContainsKey("poison"));
        WritersOfEachEvent(sink).Should().OnlyContain(writers => writers.Count == 1);
    }

    // For every event, the writers its attempts went through.
    private static IEnumerable<HashSet<int>> WritersOfEachEvent(ConcurrentSink sink) =>
        sink.Attempts.SelectMany(a => a.Ids.Select(id => (id, a.Writer)))
            .GroupBy(x => x.id, x => x.Writer)
            .Select(g => g.ToHashSet());
}
