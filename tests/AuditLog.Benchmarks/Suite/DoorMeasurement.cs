using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AuditLog.Benchmarks.Suite;

/// <summary>
/// The caller's cost of <c>LogAsync</c> when no durable sink makes it wait (a sink that completes on acceptance and
/// discards), beside <c>Channel&lt;T&gt;.Writer.TryWrite</c> of the same event into a channel drained the same way,
/// and the parts of the door (enrich, validate, redact) timed alone.
/// </summary>
internal static class DoorMeasurement
{
    public sealed record Result(double LogAsyncNs, double TryWriteNs, double AllocatedBytesPerEvent, double EnrichNs, double ValidateNs, double RedactNs);

    public static async Task<Result> RunAsync(int count)
    {
        var events = BenchWorkload.Events(1000);
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddAuditLog(o => o.QueueCapacity = 1_000_000).AddSink(new DiscardingSink());
        using var host = builder.Build();
        await host.StartAsync();
        var logger = host.Services.GetRequiredService<IAuditLogger>();

        double logAsync = double.MaxValue, tryWrite = double.MaxValue, allocated = double.MaxValue;
        for (var round = 0; round < 3; round++)
        {
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < count; i++)
            {
                await logger.LogAsync(events[i % events.Length]);
            }

            logAsync = Math.Min(logAsync, clock.Elapsed.TotalNanoseconds / count);
            allocated = Math.Min(allocated, (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / (double)count);
            tryWrite = Math.Min(tryWrite, await TryWriteAsync(events, count));
        }

        await host.StopAsync();
        var enricher = new Pipeline.AuditEventEnricher(TimeProvider.System, "correlation-id");
        var validator = new Pipeline.AuditEventValidator(new AuditLogOptions().MaxMetadataBytes);
        var redactor = new Pipeline.AuditEventRedactor(new AuditLogOptions().RedactedKeys);
        var enriched = events.Select(enricher.Enrich).ToArray();
        return new Result(
            logAsync,
            tryWrite,
            allocated,
            Time(count, i => enricher.Enrich(events[i % events.Length])),
            Time(count, i => validator.Validate(enriched[i % enriched.Length])),
            Time(count, i => redactor.Redact(enriched[i % enriched.Length])));
    }

    private static async Task<double> TryWriteAsync(AuditEvent[] events, int count)
    {
        var channel = Channel.CreateBounded<AuditEvent>(new BoundedChannelOptions(1_000_000) { SingleReader = true });
        var drain = Task.Run(async () =>
        {
            while (await channel.Reader.WaitToReadAsync())
            {
                while (channel.Reader.TryRead(out _))
                {
                }
            }
        });
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            channel.Writer.TryWrite(events[i % events.Length]);
        }

        var perEvent = clock.Elapsed.TotalNanoseconds / count;
        channel.Writer.Complete();
        await drain;
        return perEvent;
    }

    private static double Time(int count, Action<int> action)
    {
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            action(i);
        }

        return clock.Elapsed.TotalNanoseconds / count;
    }

    private sealed class DiscardingSink : IAuditSink
    {
        public AuditSinkCompletion Completion => AuditSinkCompletion.OnAccepted;

        public Task WriteAsync(IReadOnlyList<AuditEvent> batch, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
