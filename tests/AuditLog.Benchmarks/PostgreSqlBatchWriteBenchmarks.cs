using AuditLog.PostgreSql.Writing;
using AuditLog.Resources;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.Extensions.DependencyInjection;

namespace AuditLog.Benchmarks;

/// <summary>
/// One batch of chained rows committed to a real PostgreSQL by the sink, forced to binary COPY (then the chain head's
/// upsert) or to the prepared INSERT of arrays sent with the upsert in one round trip: the crossover sets
/// <c>PostgreSqlAuditSink.DefaultCopyThreshold</c>.
/// </summary>
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class PostgreSqlBatchWriteBenchmarks
{
    private PostgreSqlServerFixture fixture = null!;
    private PostgreSqlAuditSink sink = null!;
    private AuditEvent template = null!;

    [Params(1, 16, 64, 500, 2000)]
    public int BatchSize { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        fixture = await PostgreSqlServerFixture.StartAsync();
        sink = fixture.Host.Services.GetRequiredService<PostgreSqlAuditSink>();
        template = AuditEvents.Kafka.Topic.Create.For(new KafkaTopic("production", "website-orders"), AuditActor.User("alice@example.com"))
            .WithMetadata("partitions", 6) with { Time = DateTimeOffset.UtcNow };
    }

    [GlobalCleanup]
    public Task CleanupAsync() => fixture.DisposeAsync().AsTask();

    [Benchmark(Baseline = true)]
    public Task BinaryCopy()
    {
        sink.CopyThreshold = 0;
        return sink.WriteAsync(NewBatch(), CancellationToken.None);
    }

    [Benchmark]
    public Task UnnestInsert()
    {
        sink.CopyThreshold = int.MaxValue;
        return sink.WriteAsync(NewBatch(), CancellationToken.None);
    }

    private AuditEvent[] NewBatch()
    {
        var batch = new AuditEvent[BatchSize];
        for (var i = 0; i < batch.Length; i++)
        {
            batch[i] = template with { Id = Guid.CreateVersion7() };
        }

        return batch;
    }
}
