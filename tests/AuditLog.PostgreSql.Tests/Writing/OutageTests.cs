using System.Collections.Concurrent;
using System.Diagnostics;
using AuditLog.PostgreSql.Tests.Support;
using AuditLog.PostgreSql.Writing;
using AuditLog.Resources;
using AuditLog.Testing;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace AuditLog.PostgreSql.Tests.Writing;

/// <summary>
/// The server goes away and comes back. Each test stops a server of its own, never the shared one.
/// </summary>
[Collection(PostgreSqlCollection.Name)]
public sealed class OutageTests(ITestOutputHelper output)
{
    private static readonly AuditActor Alice = AuditActor.User("alice@example.com");
    // Short, to keep the tests quick, yet long enough that a write on a loaded machine does not time out.
    private static readonly TimeSpan WriteTimeout = TimeSpan.FromSeconds(2);

    // Slack for a loaded machine: a call may overrun the write timeout by this much, never hang.
    private static readonly TimeSpan Slack = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task LogAsync_fails_with_AuditSinkException_within_the_write_timeout_while_the_server_is_down()
    {
        await using var server = await PostgreSqlServer.StartAsync();
        await using var audit = await StartFailClosedAsync(server);
        await audit.Logger.LogAsync(TopicCreated("before"));
        await server.StopAsync();

        var clock = Stopwatch.StartNew();
        var act = () => audit.Logger.LogAsync(TopicCreated("during"));

        await act.Should().ThrowAsync<AuditSinkException>();
        clock.Elapsed.Should().BeLessThan(WriteTimeout + Slack);
    }

    [Fact]
    public async Task While_the_server_is_down_callers_fail_within_the_write_timeout_even_when_the_queue_is_full()
    {
        await using var server = await PostgreSqlServer.StartAsync();
        await using var audit = await AuditLogServices.StartAsync(server.ConnectionString, pipeline: o =>
        {
            o.WriteTimeout = WriteTimeout;
            // Far more callers than the writer's batch and the queue hold: most wait for room first.
            o.QueueCapacity = 10;
            o.MaxBatchSize = 10;
        });
        await audit.Logger.LogAsync(TopicCreated("before"));
        await server.StopAsync();

        var calls = await Task.WhenAll(Enumerable.Range(0, 100).Select(i => Task.Run(async () =>
        {
            var started = Stopwatch.GetTimestamp();
            var error = await Record.ExceptionAsync(() => audit.Logger.LogAsync(TopicCreated($"during-{i}")));
            return (Error: error, Took: Stopwatch.GetElapsedTime(started));
        })));

        calls.Select(c => c.Error).Should().AllBeOfType<AuditSinkException>();
        calls.Max(c => c.Took).Should().BeLessThan(WriteTimeout + Slack);
    }

    [Fact]
    public async Task Logging_resumes_by_itself_when_the_server_returns()
    {
        await using var server = await PostgreSqlServer.StartAsync();
        await using var audit = await StartFailClosedAsync(server);
        var before = await audit.Logger.LogAsync(TopicCreated("before"));
        await server.StopAsync();
        await FailAsync(audit.Logger, TopicCreated("during"));
        await server.RestartAsync();

        var after = await audit.Logger.LogAsync(TopicCreated("after"));

        var stored = await StoredEvents.ReadAsync(server.ConnectionString);
        stored.Rows.Select(r => r.Id).Should().Equal(before.Id, after.Id);
        stored.ChainProblems().Should().BeEmpty();
    }

    [Fact]
    public async Task An_event_that_failed_while_the_server_was_down_is_never_written()
    {
        await using var server = await PostgreSqlServer.StartAsync();
        await using var audit = await StartFailClosedAsync(server);
        await audit.Logger.LogAsync(TopicCreated("before"));
        await server.StopAsync();

        // The server is down for the whole call, so no write of this event can be in flight when it fails.
        var failed = TopicCreated("during") with { Id = Guid.CreateVersion7() };
        await FailAsync(audit.Logger, failed);
        await server.RestartAsync();
        await audit.Logger.LogAsync(TopicCreated("after"));

        var stored = await StoredEvents.ReadAsync(server.ConnectionString);
        stored.Rows.Select(r => r.Id).Should().NotContain(failed.Id).And.HaveCount(2);
        stored.ChainProblems().Should().BeEmpty();
    }

    [Fact]
    public async Task Idle_pooled_connections_broken_by_a_restart_do_not_fail_the_next_write()
    {
        await using var server = await PostgreSqlServer.StartAsync();
        // One attempt may meet a broken connection; the retry must not meet another.
        var failures = new CountingFailureListener();
        await using var audit = await AuditLogServices.StartAsync(server.ConnectionString, services: s => s.AddSingleton<IAuditFailureListener>(failures));
        await audit.Logger.LogAsync(TopicCreated("before"));
        var database = audit.Services.GetRequiredService<AuditDatabase>();
        var busy = new List<Npgsql.NpgsqlConnection>();
        for (var i = 0; i < 10; i++)
        {
            busy.Add(await database.DataSource.OpenConnectionAsync());
        }

        foreach (var connection in busy)
        {
            await connection.DisposeAsync();
        }

        await server.RestartAsync();

        var act = () => audit.Logger.LogAsync(TopicCreated("after"));

        await act.Should().NotThrowAsync();
        failures.Count.Should().BeLessThanOrEqualTo(1);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public async Task A_restart_during_a_run_stores_each_successful_event_once_and_no_failed_one(int writers)
    {
        const int tasks = 4;
        await using var server = await PostgreSqlServer.StartAsync();
        await using var audit = await AuditLogServices.StartAsync(server.ConnectionString, o => o.Writers = writers, o => o.WriteTimeout = WriteTimeout);
        await using var run = new ContinuousRun(audit.Logger, tasks);

        await run.WaitForSuccessesAsync(500);
        await server.StopAsync();
        // The run's callers may all be waiting on a commit whose outcome the outage left unknown (they then succeed
        // after the restart, once): a caller arriving during the outage is sure to see it.
        var probe = TopicCreated("during-the-outage") with { Id = Guid.CreateVersion7() };
        var logDuringOutage = () => audit.Logger.LogAsync(probe);
        await logDuringOutage.Should().ThrowAsync<AuditSinkException>("the caller saw the outage");
        await Task.Delay(TimeSpan.FromSeconds(0.5));
        await server.RestartAsync();
        await run.WaitForSuccessesAsync(run.SuccessCount + 500);
        await run.StopAsync();

        run.Failed.Values.Should().AllBeOfType<AuditSinkException>();
        run.Slowest.Should().BeLessThan(WriteTimeout + Slack);
        var stored = await StoredEvents.ReadAsync(server.ConnectionString);
        var storedIds = stored.Rows.Select(r => r.Id).ToHashSet();
        var succeeded = run.Succeeded;
        storedIds.Should().HaveCount(stored.Rows.Count, "no event is stored twice");
        succeeded.Where(id => !storedIds.Contains(id)).Should().BeEmpty("every success is stored");
        storedIds.Where(id => !succeeded.Contains(id) && !run.Failed.ContainsKey(id)).Should().BeEmpty("only attempted events are stored");
        stored.Chains.Keys.Should().BeSubsetOf(audit.Services.GetRequiredService<PostgreSqlAuditSink>().WriterIds, "each writer keeps one chain");
        stored.ChainProblems().Should().BeEmpty();
        run.Failed.Keys.Where(storedIds.Contains).Should().BeEmpty("a caller told its event failed finds it not stored");
        storedIds.Should().NotContain(probe.Id, "the caller told its event failed finds it not stored");
        output.WriteLine($"{succeeded.Count} succeeded, {run.Failed.Count} failed; slowest call {run.Slowest.TotalMilliseconds:F0} ms.");
    }

    [Fact]
    public async Task With_the_Buffer_policy_LogAsync_completes_while_the_server_is_down()
    {
        await using var server = await PostgreSqlServer.StartAsync();
        await using var audit = await StartBufferingAsync(server);
        await audit.Logger.LogAsync(TopicCreated("before"));
        await server.StopAsync();

        var act = () => audit.Logger.LogAsync(TopicCreated("during"));

        await act.Should().CompleteWithinAsync(WriteTimeout + Slack);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public async Task With_the_Buffer_policy_events_accepted_during_an_outage_are_written_once_when_the_server_returns(int writers)
    {
        await using var server = await PostgreSqlServer.StartAsync();
        await using var audit = await StartBufferingAsync(server, writers);
        var before = await audit.Logger.LogAsync(TopicCreated("before"));
        await server.StopAsync();
        var during = await Task.WhenAll(Enumerable.Range(0, 100).Select(i => audit.Logger.LogAsync(TopicCreated($"during-{i}"))));

        await server.RestartAsync();

        var stored = await WaitForRowsAsync(server.ConnectionString, 1 + during.Length, TimeSpan.FromSeconds(30));
        stored.Rows.Select(r => r.Id).Order().Should().Equal(during.Select(e => e.Id).Prepend(before.Id).Order());
        stored.ChainProblems().Should().BeEmpty();
    }

    private static Task<AuditLogServices> StartFailClosedAsync(PostgreSqlServer server) =>
        AuditLogServices.StartAsync(server.ConnectionString, pipeline: o =>
        {
            // Retries go on until the timeout, when the caller gives up and withdraws its event.
            o.WriteTimeout = WriteTimeout;
        });

    // A test may end with events still buffered for a stopped server: shutdown need not wait for them.
    private static Task<AuditLogServices> StartBufferingAsync(PostgreSqlServer server, int writers = 1) =>
        AuditLogServices.StartAsync(
            server.ConnectionString,
            o =>
            {
                o.OutagePolicy = PostgreSqlOutagePolicy.Buffer;
                o.Writers = writers;
            },
            o => o.ShutdownTimeout = TimeSpan.FromSeconds(1));

    private static async Task FailAsync(IAuditLogger logger, AuditEvent auditEvent)
    {
        var act = () => logger.LogAsync(auditEvent);
        await act.Should().ThrowAsync<AuditSinkException>();
    }

    private static async Task<StoredEvents> WaitForRowsAsync(string connectionString, int count, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var stored = await StoredEvents.ReadAsync(connectionString);
            if (stored.Rows.Count >= count || clock.Elapsed > timeout)
            {
                return stored;
            }

            await Task.Delay(100);
        }
    }

    private static AuditEvent TopicCreated(string topic) => AuditEvents.Kafka.Topic.Create.For(new KafkaTopic("production", topic), Alice);

    /// <summary>
    /// Callers logging one event after another until stopped, each event with an id chosen up front so
    /// that failed events can be looked for too.
    /// </summary>
    private sealed class ContinuousRun : IAsyncDisposable
    {
        private readonly CancellationTokenSource stop = new();
        private readonly ConcurrentDictionary<Guid, byte> succeeded = new();
        private readonly Task loops;
        private long slowestTicks;

        public ContinuousRun(IAuditLogger logger, int tasks) =>
            loops = Task.WhenAll(Enumerable.Range(0, tasks).Select(task => Task.Run(() => LoopAsync(logger, task))));

        public int SuccessCount => succeeded.Count;

        /// <summary>The ids of the events whose LogAsync returned (read after <see cref="StopAsync"/>).</summary>
        public IReadOnlySet<Guid> Succeeded => succeeded.Keys.ToHashSet();

        /// <summary>The events whose LogAsync threw, with what it threw.</summary>
        public ConcurrentDictionary<Guid, Exception> Failed { get; } = new();

        public TimeSpan Slowest => TimeSpan.FromTicks(Interlocked.Read(ref slowestTicks));

        public async Task WaitForSuccessesAsync(int count)
        {
            var clock = Stopwatch.StartNew();
            while (succeeded.Count < count)
            {
                clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(60), $"{count} events should be logged (loops faulted: {loops.IsFaulted})");
                await Task.Delay(20);
            }
        }

        public async Task StopAsync()
        {
            await stop.CancelAsync();
            await loops.WaitAsync(TimeSpan.FromSeconds(60));
        }

        // Stops the loops when a test fails before it stopped them.
        public async ValueTask DisposeAsync()
        {
            await stop.CancelAsync();
            await loops.WaitAsync(TimeSpan.FromSeconds(60)).ContinueWith(_ => { }, TaskScheduler.Default);
            stop.Dispose();
        }

        private async Task LoopAsync(IAuditLogger logger, int task)
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                var auditEvent = TopicCreated($"{task}-{i}") with { Id = Guid.CreateVersion7() };
                var started = Stopwatch.GetTimestamp();
                try
                {
                    await logger.LogAsync(auditEvent);
                    succeeded[auditEvent.Id] = 0;
                }
                catch (Exception exception)
                {
                    Failed[auditEvent.Id] = exception;
                }

                var took = Stopwatch.GetElapsedTime(started).Ticks;
                for (var seen = Interlocked.Read(ref slowestTicks); took > seen; seen = Interlocked.Read(ref slowestTicks))
                {
                    Interlocked.CompareExchange(ref slowestTicks, took, seen);
                }
            }
        }
    }
}
