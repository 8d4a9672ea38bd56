using AuditLog.Resources;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.Extensions.DependencyInjection;

namespace AuditLog.Benchmarks;

/// <summary>
/// End to end: <see cref="IAuditLogger.LogAsync"/> until commit, with 1 caller at a time and with many
/// concurrent callers sharing group commits. Reported per event.
/// </summary>
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class LogAsyncBenchmarks
{
    private PostgreSqlServerFixture fixture = null!;
    private IAuditLogger logger = null!;
    private AuditEvent template = null!;

    [Params(1, 64, 1024)]
    public int ConcurrentCallers { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        fixture = await PostgreSqlServerFixture.StartAsync();
        logger = fixture.Host.Services.GetRequiredService<IAuditLogger>();
        template = AuditEvents.Kafka.Topic.Create.For(new KafkaTopic("production", "website-orders"), AuditActor.User("alice@example.com"))
            .WithMetadata("partitions", 6);
    }

    [GlobalCleanup]
    public Task CleanupAsync() => fixture.DisposeAsync().AsTask();

    [Benchmark(OperationsPerInvoke = 1024)]
    public async Task LogAndWaitForCommit()
    {
        // 1024 events per invocation whatever the concurrency, so results compare per event.
        for (var round = 0; round < 1024 / ConcurrentCallers; round++)
        {
            var calls = new Task[ConcurrentCallers];
            for (var i = 0; i < calls.Length; i++)
            {
                calls[i] = logger.LogAsync(template);
            }

            await Task.WhenAll(calls);
        }
    }
}
