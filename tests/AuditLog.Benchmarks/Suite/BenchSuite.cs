using System.Globalization;
using AuditLog.Testing;

namespace AuditLog.Benchmarks.Suite;

/// <summary>
/// <c>./build.sh bench</c>: every figure of the ingest issue measured side by side in one run, on a durable throwaway
/// PostgreSQL and librdkafka's mock cluster; prints a table and writes <c>artifacts/benchmarks/summary.json</c>.
/// Arguments: <c>[--events N] [--query-events N] [--writers 1,2,4] [--rounds N] [--only ingest|query|door|kafka] [--output DIR]</c>
/// (<c>--writers</c>: the PostgreSQL sink's writer counts <c>LogAsync</c> is measured with, each <c>--rounds</c> times, in turns;
/// <c>--copy-threshold N</c>: the sink writes batches of more than N rows by binary COPY, 0 for every batch, to compare
/// with its default, the INSERT of arrays up to <c>PostgreSqlAuditSink.DefaultCopyThreshold</c> rows).
/// </summary>
internal static class BenchSuite
{
    public static async Task RunAsync(string[] args)
    {
        var events = Option(args, "--events", 40_000);
        var queryEvents = Option(args, "--query-events", 1_000_000);
        var only = OptionText(args, "--only");
        var writers = (OptionText(args, "--writers") ?? "1,2,4").Split(',').Select(w => int.Parse(w, CultureInfo.InvariantCulture)).ToArray();
        var rounds = Option(args, "--rounds", 2);
        var copyThreshold = Option(args, "--copy-threshold", PostgreSql.Writing.PostgreSqlAuditSink.DefaultCopyThreshold);
        var output = OptionText(args, "--output") ?? Path.Combine("artifacts", "benchmarks");
        var summary = new BenchSummary();

        if (only is null or "door")
        {
            Console.WriteLine("LogAsync without a durable sink, beside Channel<T>.Writer.TryWrite…");
            summary.Door = await DoorMeasurement.RunAsync(200_000);
        }

        await using (var server = await PostgreSqlServer.StartDurableAsync())
        {
            if (only is null or "ingest")
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"PostgreSQL ingest, {events:N0} events, 64 callers (durable server)…"));
                summary.Ingest = await IngestMeasurement.RunAsync(server, events, callers: 64, writers, rounds, copyThreshold);
            }

            if (only is null or "query")
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Queries, search and export at {queryEvents:N0} events…"));
                summary.Query = await QueryMeasurement.RunAsync(server, queryEvents);
            }
        }

        if (only is null or "kafka")
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Kafka relay, {events:N0} events (KafkaRelayMeasurement)…"));
            summary.Kafka = await KafkaRelayMeasurement.RunAsync(events);
        }

        summary.Print(Console.Out);
        Directory.CreateDirectory(output);
        var path = Path.Combine(output, "summary.json");
        await File.WriteAllTextAsync(path, summary.ToJson());
        Console.WriteLine($"Wrote {path}");
    }

    private static int Option(string[] args, string name, int fallback) =>
        OptionText(args, name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

    private static string? OptionText(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
