using System.Diagnostics;
using System.Diagnostics.Metrics;
using AuditLog.PostgreSql;
using AuditLog.PostgreSql.Schema;
using AuditLog.PostgreSql.Writing;
using AuditLog.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace AuditLog.Benchmarks.Suite;

/// <summary>
/// PostgreSQL ingest of the same rows four ways, on one durable server: <c>LogAsync</c> with many callers (group
/// commit), one INSERT per event on pooled connections with as many callers, and raw binary COPY (1,000 rows a
/// transaction) into the library's table and into a bare table with only a primary key (the limit). <c>LogAsync</c> is
/// measured with each number of sink writers asked for (<c>--writers 1,2,4</c>), in turns, <c>--rounds</c> times, each
/// run on a fresh database; its figure is the median for the library's default
/// (always measured). Then one caller's <c>LogAsync</c> latency.
/// </summary>
internal static class IngestMeasurement
{
    public sealed record Result(
        double LogAsyncPerSecond,
        double InsertPerSecond,
        double CopyBarePerSecond,
        double CopyEventsPerSecond,
        double CopyEvents64PerSecond,
        double CopyEventsWithoutSearchPerSecond,
        double SingleP50Ms,
        double SingleP99Ms,
        int DefaultWriters,
        IReadOnlyList<WritersRun> Runs);

    /// <summary>
    /// One <c>LogAsync</c> run: its events/s, mean batch, the writers' summed busy time over wall time, mean batch time,
    /// and this process's CPU time per event (callers, pipeline, payloads, hashes, Npgsql; the server's is not in it).
    /// </summary>
    public sealed record WritersRun(int Writers, double PerSecond, double MeanBatch, double WritersBusy, double MeanBatchMs, double ClientCpuUsPerEvent);

    public static async Task<Result> RunAsync(PostgreSqlServer server, int events, int callers, IReadOnlyList<int> writers, int rounds, int copyThreshold)
    {
        var now = DateTimeOffset.UtcNow;
        var enriched = Enumerable.Range(0, events).Select(i => BenchWorkload.Enriched(i, now.AddTicks(i * 10))).ToArray();
        var rows = BenchWorkload.Chain(enriched, Guid.CreateVersion7());

        // The limit is the best of five runs, each on a fresh database. The client's encoding speeds up as tiered
        // compilation settles, and one run measured it far too low: in one process the runs went 48,150, 84,729, 98,438
        // events/s (the suite took the first alone until 2026-12-05).
        var copyBare = 0.0;
        for (var run = 0; run < 5; run++)
        {
            copyBare = Math.Max(copyBare, await CopyAsync(await BenchDatabase.BareAsync(server), "bare", rows, 1000));
        }

        var copyEvents = await CopyAsync(await BenchDatabase.MigratedAsync(server), "auditlog.events", rows, 1000);
        var copyEvents64 = await CopyAsync(await BenchDatabase.MigratedAsync(server), "auditlog.events", rows, callers);
        var copyWithoutSearch = await CopyAsync(await BenchDatabase.WithoutSearchVectorAsync(server), "auditlog.events", rows, 1000);
        var insert = await InsertPerEventAsync(await BenchDatabase.MigratedAsync(server), enriched, callers);
        var defaultWriters = new PostgreSqlAuditOptions().Writers;
        var runs = new List<WritersRun>();
        for (var round = 0; round < rounds; round++)
        {
            foreach (var count in writers.Union([defaultWriters]).Order())
            {
                runs.Add(await LogAsyncAsync(await BenchDatabase.MigratedAsync(server), events, callers, count, copyThreshold));
            }
        }

        var (p50, p99) = await SingleCallerAsync(await BenchDatabase.MigratedAsync(server), 1000);
        var logAsync = Percentile.Of(runs.Where(r => r.Writers == defaultWriters).Select(r => r.PerSecond).ToList(), 0.5);
        return new Result(logAsync, insert, copyBare, copyEvents, copyEvents64, copyWithoutSearch, p50, p99, defaultWriters, runs);
    }

    private static async Task<double> CopyAsync(string connectionString, string table, List<ChainedRow> rows, int perTransaction)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var clock = Stopwatch.StartNew();
        await BenchDatabase.CopyAsync(connection, table, rows, perTransaction);
        return rows.Count / clock.Elapsed.TotalSeconds;
    }

    // What Audit.NET does: each event its own INSERT, autocommitted, on a pooled connection; each caller its own chain.
    private static async Task<double> InsertPerEventAsync(string connectionString, AuditEvent[] enriched, int callers)
    {
        await using var dataSource = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(connectionString) { MaxPoolSize = callers }.ConnectionString);
        var perCaller = Enumerable.Range(0, callers)
            .Select(c => BenchWorkload.Chain(enriched.Where((_, i) => i % callers == c), Guid.CreateVersion7()))
            .ToArray();
        var sql = EventColumns.RowInsert("auditlog.events");
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(perCaller.Select(rows => Task.Run(async () =>
        {
            foreach (var row in rows)
            {
                await using var connection = await dataSource.OpenConnectionAsync();
                await using var command = new NpgsqlCommand(sql, connection);
                await EventColumns.WriteAsync(row, new ParameterTarget(command.Parameters), CancellationToken.None);
                await command.ExecuteNonQueryAsync();
            }
        })));
        return enriched.Length / clock.Elapsed.TotalSeconds;
    }

    private static async Task<WritersRun> LogAsyncAsync(string connectionString, int events, int callers, int writers, int copyThreshold)
    {
        await using var host = await StartHostAsync(connectionString, writers);
        host.Services.GetRequiredService<PostgreSqlAuditSink>().CopyThreshold = copyThreshold;
        var audit = host.Services.GetRequiredService<IAuditLogger>();
        var workload = BenchWorkload.Events(events);
        // Warm up until tiered compilation has settled (a shorter warm-up left the JIT busy in the measured window).
        await LogAllAsync(audit, BenchWorkload.Events(10_000), callers);

        long batches = 0;
        double busyMs = 0;
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == "AuditLog" && instrument.Name == "auditlog.batch.duration")
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<double>((_, ms, _, _) =>
        {
            Interlocked.Increment(ref batches);
            lock (listener)
            {
                busyMs += ms;
            }
        });
        listener.Start();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        await LogAllAsync(audit, workload, callers);
        var elapsed = clock.Elapsed;
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        listener.Dispose();
        return new WritersRun(writers, events / elapsed.TotalSeconds, (double)events / Math.Max(1, batches), busyMs / elapsed.TotalMilliseconds, busyMs / Math.Max(1, batches), cpu.TotalMicroseconds / events);
    }

    private static async Task<(double P50, double P99)> SingleCallerAsync(string connectionString, int count)
    {
        await using var host = await StartHostAsync(connectionString);
        var audit = host.Services.GetRequiredService<IAuditLogger>();
        var latencies = new List<double>(count);
        for (var i = 0; i < count + 50; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await audit.LogAsync(BenchWorkload.Event(i));
            if (i >= 50)
            {
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }

        return (Percentile.Of(latencies, 0.50), Percentile.Of(latencies, 0.99));
    }

    private static Task LogAllAsync(IAuditLogger audit, AuditEvent[] events, int callers) =>
        Task.WhenAll(Enumerable.Range(0, callers).Select(c => Task.Run(async () =>
        {
            for (var i = c; i < events.Length; i += callers)
            {
                await audit.LogAsync(events[i]);
            }
        })));

    internal static async Task<BenchHost> StartHostAsync(string connectionString, int? writers = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddAuditLog(o => o.WriteTimeout = TimeSpan.FromMinutes(1)).AddPostgreSql(connectionString, o => o.Writers = writers ?? o.Writers);
        var host = builder.Build();
        await host.StartAsync();
        return new BenchHost(host);
    }
}
