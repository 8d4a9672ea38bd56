using System.Diagnostics;
using AuditLog.Integrity;
using AuditLog.PostgreSql;
using AuditLog.PostgreSql.Writing;
using AuditLog.Resources;
using AuditLog.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace AuditLog.Benchmarks.Suite;

/// <summary>
/// At a million events (the suite's workload spread over 30 days): every filter kind's first page, p95 of repeated
/// reads; how soon full-text search finds an event after its commit; bytes per event (table, TOAST and indexes);
/// the CSV export beside <c>COPY (…) TO STDOUT</c> of the same rows.
/// </summary>
internal static class QueryMeasurement
{
    public sealed record Result(
        IReadOnlyDictionary<string, double> FirstPageP95Ms,
        double SearchVisibleAfterMs,
        double BytesPerEvent,
        IReadOnlyList<RelationSize> BytesPerEventByRelation,
        double ExportRowsPerSecond,
        double CopyRowsPerSecond,
        double ExportPeakMb,
        double SeedEventsPerSecond);

    /// <summary>One relation of the events table (its heap, its TOAST table, one index) and its bytes per event; together they make <see cref="Result.BytesPerEvent"/>.</summary>
    public sealed record RelationSize(string Relation, double BytesPerEvent);

    public static async Task<Result> RunAsync(PostgreSqlServer server, int events)
    {
        var connectionString = await BenchDatabase.MigratedAsync(server);
        var end = DateTimeOffset.UtcNow;
        var seeding = Stopwatch.StartNew();
        await SeedAsync(connectionString, events, end - TimeSpan.FromDays(30), TimeSpan.FromDays(30) / events);
        var seedRate = events / seeding.Elapsed.TotalSeconds;
        await ExecuteAsync(connectionString, "VACUUM ANALYZE auditlog.events");
        var bytes = await ScalarAsync<long>(connectionString, "SELECT pg_total_relation_size('auditlog.events')");
        var relations = (await RelationSizesAsync(connectionString)).Select(r => new RelationSize(r.Relation, (double)r.Bytes / events)).ToList();

        await using var host = await IngestMeasurement.StartHostAsync(connectionString);
        var store = host.Services.GetRequiredService<PostgreSqlAuditStore>();
        var pages = new Dictionary<string, double>();
        foreach (var (name, query) in Filters(end))
        {
            pages[name] = await FirstPageP95Async(store, name, query);
        }

        var visible = await SearchVisibleAfterAsync(host.Services.GetRequiredService<IAuditLogger>(), store);
        var (exportRate, peakMb) = await ExportAsync(store);
        var copyRate = await CopyOutAsync(connectionString);
        return new Result(pages, visible, (double)bytes / events, relations, exportRate, copyRate, peakMb, seedRate);
    }

    private static IEnumerable<(string Name, AuditQuery Query)> Filters(DateTimeOffset end) =>
    [
        ("none", new AuditQuery()),
        ("time range", new AuditQuery { From = end - TimeSpan.FromDays(2), To = end - TimeSpan.FromDays(1) }),
        ("event type", new AuditQuery { EventTypes = ["Kafka.Topic.Create"] }),
        ("family", new AuditQuery { Families = [AuditEventFamily.Legacy] }),
        ("resource type", new AuditQuery { ResourceType = AuditEvents.Kafka.Topic.Create.ResourceType.Name }),
        ("resource prefix", new AuditQuery { ResourcePrefix = "//kafka/kafkacluster/production/topic/orders-16" }),
        ("actor", new AuditQuery { Actor = "user-7@example.com" }),
        ("outcome", new AuditQuery { Outcome = OutcomeStatus.Denied }),
        ("text", new AuditQuery { Text = "orders-123" }),
        ("actor and type in a week", new AuditQuery { Actor = "user-7@example.com", EventTypes = ["Security.Authorization.Check"], From = end - TimeSpan.FromDays(7) }),
    ];

    private static async Task<double> FirstPageP95Async(PostgreSqlAuditStore store, string name, AuditQuery query)
    {
        var times = new List<double>();
        for (var i = 0; i < 45; i++)
        {
            var started = Stopwatch.GetTimestamp();
            var page = await store.GetPageAsync(query, 50, null);
            if (page.Events.Count == 0)
            {
                throw new InvalidOperationException($"The filter '{name}' matched nothing.");
            }

            if (i >= 5)
            {
                times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }

        return Percentile.Of(times, 0.95);
    }

    // From LogAsync's return (the commit) to the first search that finds the event; the worst of 20.
    private static async Task<double> SearchVisibleAfterAsync(IAuditLogger audit, PostgreSqlAuditStore store)
    {
        var worst = 0.0;
        for (var i = 0; i < 20; i++)
        {
            var word = $"fresh{Guid.NewGuid():N}";
            await audit.LogAsync(AuditEvents.Kafka.Topic.Create.For(new KafkaTopic("production", word), AuditActor.User("searcher@example.com")));
            var committed = Stopwatch.GetTimestamp();
            while ((await store.GetPageAsync(new AuditQuery { Text = word }, 1, null)).Events.Count == 0)
            {
                if (Stopwatch.GetElapsedTime(committed) > TimeSpan.FromSeconds(30))
                {
                    throw new TimeoutException("Search did not find an event within 30 s of its commit.");
                }

                await Task.Delay(10);
            }

            worst = Math.Max(worst, Stopwatch.GetElapsedTime(committed).TotalMilliseconds);
        }

        return worst;
    }

    private static async Task<(double RowsPerSecond, double PeakMb)> ExportAsync(PostgreSqlAuditStore store)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var baseline = Environment.WorkingSet;
        var highest = baseline;
        var progress = new SynchronousProgress(_ => highest = Math.Max(highest, Environment.WorkingSet));
        var clock = Stopwatch.StartNew();
        var count = await store.ExportAsync(new AuditQuery(), AuditExportFormat.Csv, Stream.Null, progress);
        return (count / clock.Elapsed.TotalSeconds, (highest - baseline) / 1024.0 / 1024.0);
    }

    // PostgreSQL's own CSV of the same rows in the same order: what an export cannot beat.
    private static async Task<double> CopyOutAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var clock = Stopwatch.StartNew();
        using var reader = await connection.BeginTextExportAsync(
            "COPY (SELECT id, time, event_type, family, resource_type, resource_address, actor_kind, actor_id, outcome, payload FROM auditlog.events ORDER BY time DESC, id DESC) TO STDOUT (FORMAT csv)");
        var buffer = new char[65536];
        long lines = 0;
        int read;
        while ((read = await reader.ReadAsync(buffer)) > 0)
        {
            lines += buffer.AsSpan(0, read).Count('\n');
        }

        return lines / clock.Elapsed.TotalSeconds;
    }

    // Chunks of 10,000 rows, chained by one writer, each chunk one COPY transaction; the chain head recorded at the end.
    private static async Task SeedAsync(string connectionString, int events, DateTimeOffset first, TimeSpan step)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var writer = Guid.CreateVersion7();
        var chain = new RowChain(new ChainHasher(null), writer, ChainState.Genesis);
        for (var start = 0; start < events; start += 10_000)
        {
            var rows = new List<ChainedRow>(10_000);
            for (var i = start; i < Math.Min(events, start + 10_000); i++)
            {
                rows.Add(chain.Append(EventRow.From(BenchWorkload.Enriched(i, first + (step * i)))));
            }

            await BenchDatabase.CopyAsync(connection, "auditlog.events", rows, rows.Count);
        }

        await using var head = new NpgsqlCommand("INSERT INTO auditlog.chain_heads (writer_id, sequence, hash) VALUES ($1, $2, $3)", connection);
        head.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = writer });
        head.Parameters.Add(new NpgsqlParameter<long> { TypedValue = chain.Head.Sequence });
        head.Parameters.Add(new NpgsqlParameter<byte[]> { TypedValue = chain.Head.Hash });
        await head.ExecuteNonQueryAsync();
    }

    // The heap with its free space and visibility maps, the TOAST table with its index, then each index, largest first:
    // the parts pg_total_relation_size adds up.
    private static async Task<List<(string Relation, long Bytes)>> RelationSizesAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT 'heap', pg_table_size(t.oid) - coalesce(pg_total_relation_size(nullif(t.reltoastrelid, 0)), 0), 0
            FROM pg_class t WHERE t.oid = 'auditlog.events'::regclass
            UNION ALL
            SELECT 'TOAST', coalesce(pg_total_relation_size(nullif(t.reltoastrelid, 0)), 0), 1
            FROM pg_class t WHERE t.oid = 'auditlog.events'::regclass
            UNION ALL
            SELECT i.indexrelid::regclass::text, pg_total_relation_size(i.indexrelid), 2
            FROM pg_index i WHERE i.indrelid = 'auditlog.events'::regclass
            ORDER BY 3, 2 DESC
            """,
            connection);
        await using var reader = await command.ExecuteReaderAsync();
        var sizes = new List<(string, long)>();
        while (await reader.ReadAsync())
        {
            sizes.Add((reader.GetString(0), reader.GetInt64(1)));
        }

        return sizes;
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<T> ScalarAsync<T>(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    private sealed class SynchronousProgress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}
