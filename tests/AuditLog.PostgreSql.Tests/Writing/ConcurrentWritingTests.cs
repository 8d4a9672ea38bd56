using System.Diagnostics;
using AuditLog.PostgreSql.Tests.Support;
using AuditLog.Resources;
using Xunit.Abstractions;

namespace AuditLog.PostgreSql.Tests.Writing;

/// <summary>Many callers at once, in one process and in several: every event stored once, every chain whole.</summary>
[Collection(PostgreSqlCollection.Name)]
public sealed class ConcurrentWritingTests(PostgreSqlFixture postgres, ITestOutputHelper output)
{
    private static readonly AuditActor Writer = AuditActor.ServiceAccount("sa-writer");

    // These tests are about what is stored, not latency: on a loaded machine a commit can stall for
    // seconds, and the default 5 s would fail callers closed (correctly, but beside the point here).
    private static readonly TimeSpan WriteTimeout = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task Two_processes_writing_at_once_store_every_event_once_in_unbroken_chains()
    {
        const int processes = 2, tasks = 8, eventsPerTask = 10_000;
        var connectionString = await postgres.NewDatabaseAsync();
        var tags = Enumerable.Range(1, processes).Select(p => $"p{p}").ToArray();

        var clock = Stopwatch.StartNew();
        var writers = await Task.WhenAll(tags.Select(tag => TestWriterProcess.RunAsync(
            connectionString, tasks, eventsPerTask, tag, TimeSpan.FromMinutes(5), new Dictionary<string, string> { ["AuditLog:WriteTimeout"] = WriteTimeout.ToString() })));
        clock.Stop();

        writers.Should().AllSatisfy(w => w.ExitCode.Should().Be(0, w.Error));
        var stored = await StoredEvents.ReadAsync(connectionString);
        stored.Rows.Should().HaveCount(processes * tasks * eventsPerTask);
        stored.Rows.Select(r => r.ResourceAddress).Order(StringComparer.Ordinal).Should().Equal(
            (from tag in tags
             from task in Enumerable.Range(0, tasks)
             from i in Enumerable.Range(0, eventsPerTask)
             select $"//kafka/kafkacluster/production/topic/{tag}-{task}-{i}").Order(StringComparer.Ordinal));
        stored.Rows.Select(r => r.Id).Distinct().Should().HaveCount(stored.Rows.Count);
        stored.Chains.Keys.Should().BeEquivalentTo(writers.SelectMany(w => w.WriterIds));
        stored.Chains.Values.Should().AllSatisfy(chain => chain.Should().HaveCount(tasks * eventsPerTask));
        stored.ChainProblems().Should().BeEmpty();
        Report(stored.Rows.Count, clock.Elapsed, writers.Select(w => w.Output.Trim()));
    }

    [Fact]
    public async Task Thirty_two_tasks_in_one_process_store_every_event_once_in_one_unbroken_chain()
    {
        const int tasks = 32, eventsPerTask = 500;
        var connectionString = await postgres.NewDatabaseAsync();
        await using var audit = await AuditLogServices.StartAsync(connectionString, pipeline: o => o.WriteTimeout = WriteTimeout);

        var clock = Stopwatch.StartNew();
        var recorded = await Task.WhenAll(Enumerable.Range(0, tasks).Select(task => Task.Run(async () =>
        {
            var ids = new List<Guid>(eventsPerTask);
            for (var i = 0; i < eventsPerTask; i++)
            {
                ids.Add((await audit.Logger.LogAsync(TopicCreated($"{task}-{i}"))).Id);
            }

            return ids;
        })));
        clock.Stop();

        var stored = await StoredEvents.ReadAsync(connectionString);
        stored.Rows.Select(r => r.Id).Order().Should().Equal(recorded.SelectMany(ids => ids).Order());
        stored.Chains.Should().ContainSingle();
        stored.Rows.Select(r => r.Sequence).Should().Equal(Enumerable.Range(1, tasks * eventsPerTask).Select(i => (long)i));
        stored.ChainProblems().Should().BeEmpty();
        Report(stored.Rows.Count, clock.Elapsed, []);
    }

    private static AuditEvent TopicCreated(string topic) => AuditEvents.Kafka.Topic.Create.For(new KafkaTopic("production", topic), Writer);

    private void Report(int events, TimeSpan elapsed, IEnumerable<string> details) =>
        output.WriteLine($"{events} events in {elapsed.TotalSeconds:F1} s: {events / elapsed.TotalSeconds:F0} events/s. {string.Join("; ", details)}");
}
