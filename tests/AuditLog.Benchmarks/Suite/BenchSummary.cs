using System.Globalization;
using System.Text;
using System.Text.Json;

namespace AuditLog.Benchmarks.Suite;

/// <summary>
/// The suite's figures: a table for people, and <c>summary.json</c> with the flat keys (null when a part was not run),
/// then the bytes per event of each relation of the events table under <c>bytes_per_event_by_relation</c>.
/// </summary>
internal sealed class BenchSummary
{
    public DoorMeasurement.Result? Door { get; set; }

    public IngestMeasurement.Result? Ingest { get; set; }

    public QueryMeasurement.Result? Query { get; set; }

    public KafkaRelayMeasurement.Result? Kafka { get; set; }

    public IReadOnlyList<(string Key, double? Value)> Figures() =>
    [
        ("pg_ingest_events_per_s", Ingest?.LogAsyncPerSecond),
        ("pg_ingest_vs_copy_bare", Ingest is { } a ? a.LogAsyncPerSecond / a.CopyBarePerSecond : null),
        ("pg_ingest_vs_insert", Ingest is { } b ? b.LogAsyncPerSecond / b.InsertPerSecond : null),
        ("pg_single_caller_p50_ms", Ingest?.SingleP50Ms),
        ("pg_single_caller_p99_ms", Ingest?.SingleP99Ms),
        ("query_p95_ms_max", Query?.FirstPageP95Ms.Values.Max()),
        ("search_visible_after_ms", Query?.SearchVisibleAfterMs),
        ("bytes_per_event", Query?.BytesPerEvent),
        ("export_rows_per_s", Query?.ExportRowsPerSecond),
        ("export_vs_copy", Query is { } q ? q.ExportRowsPerSecond / q.CopyRowsPerSecond : null),
        ("export_peak_mb", Query?.ExportPeakMb),
        ("kafka_publish_events_per_s", Kafka?.RelayEventsPerSecond),
        ("kafka_publish_vs_raw", Kafka?.RelayVsRaw),
        ("kafka_commit_to_ack_p50_ms", Kafka?.CommitToAckP50Ms),
        ("kafka_commit_to_ack_p99_ms", Kafka?.CommitToAckP99Ms),
        ("kafka_relay_read_events_per_s", Kafka?.ReadEventsPerSecond),
        ("logasync_vs_channel", Door is { } d ? d.LogAsyncNs / d.TryWriteNs : null),
        ("logasync_allocated_bytes_per_event", Door?.AllocatedBytesPerEvent),
    ];

    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            foreach (var (key, value) in Figures())
            {
                if (value is { } number && double.IsFinite(number))
                {
                    json.WriteNumber(key, Math.Round(number, 3));
                }
                else
                {
                    json.WriteNull(key);
                }
            }

            if (Query is { } query)
            {
                json.WriteStartObject("bytes_per_event_by_relation");
                foreach (var relation in query.BytesPerEventByRelation)
                {
                    json.WriteNumber(relation.Relation, Math.Round(relation.BytesPerEvent, 1));
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    public void Print(TextWriter output)
    {
        var lines = new List<(string What, string Value, string Target)>();
        if (Ingest is { } i)
        {
            lines.Add((F($"LogAsync, 64 callers (group commit), {i.DefaultWriters} writer(s), median"), Rate(i.LogAsyncPerSecond), "≥ 0.5 × COPY bare, ≥ 10 × INSERT"));
            foreach (var run in i.Runs)
            {
                lines.Add((F($"  {run.Writers} writer(s): mean batch / writers busy / batch time / client CPU"), F($"{run.PerSecond:N0} events/s, {run.MeanBatch:F1} events / {run.WritersBusy:P0} / {run.MeanBatchMs:F2} ms / {run.ClientCpuUsPerEvent:F0} µs an event"), ""));
            }

            foreach (var count in i.Runs.Select(r => r.Writers).Distinct())
            {
                var rates = i.Runs.Where(r => r.Writers == count).Select(r => r.PerSecond).ToList();
                lines.Add((F($"  {count} writer(s): range / COPY bare / INSERT"), F($"{rates.Min():N0} – {rates.Max():N0} events/s, {rates.Min() / i.CopyBarePerSecond:F2} – {rates.Max() / i.CopyBarePerSecond:F2}, {rates.Min() / i.InsertPerSecond:F1} – {rates.Max() / i.InsertPerSecond:F1}"), ""));
            }
            lines.Add(("one INSERT per event, 64 callers", Rate(i.InsertPerSecond), ""));
            lines.Add(("raw COPY, 1,000 rows a transaction, PK-only table (best of 5)", Rate(i.CopyBarePerSecond), "the limit"));
            lines.Add(("raw COPY, 1,000 rows a transaction, events table", Rate(i.CopyEventsPerSecond), ""));
            lines.Add(("raw COPY, 64 rows a transaction, events table", Rate(i.CopyEvents64PerSecond), ""));
            lines.Add(("raw COPY, 1,000 rows a transaction, events table without the search vector", Rate(i.CopyEventsWithoutSearchPerSecond), "what the vector costs at insert"));
            lines.Add(("LogAsync / COPY bare", F($"{i.LogAsyncPerSecond / i.CopyBarePerSecond:F2}"), "≥ 0.5"));
            lines.Add(("LogAsync / INSERT", F($"{i.LogAsyncPerSecond / i.InsertPerSecond:F2}"), "≥ 10"));
            lines.Add(("LogAsync, 1 caller, p50 / p99", F($"{i.SingleP50Ms:F2} / {i.SingleP99Ms:F2} ms"), "reported"));
        }

        if (Query is { } q)
        {
            foreach (var (name, p95) in q.FirstPageP95Ms)
            {
                lines.Add(($"first page p95: {name}", F($"{p95:F1} ms"), "≤ 50 ms"));
            }

            lines.Add(("search finds an event after its commit (worst of 20)", F($"{q.SearchVisibleAfterMs:F1} ms"), "≤ 1,000 ms"));
            lines.Add(("bytes per event (table, TOAST, indexes)", F($"{q.BytesPerEvent:N0} B"), "≤ 1,024 B"));
            foreach (var relation in q.BytesPerEventByRelation)
            {
                lines.Add(($"  {relation.Relation}", F($"{relation.BytesPerEvent:N1} B"), ""));
            }

            lines.Add(("seeding by COPY, 10,000 rows a transaction", Rate(q.SeedEventsPerSecond), ""));
            lines.Add(("export CSV", Rate(q.ExportRowsPerSecond), "≥ 0.5 × COPY TO STDOUT"));
            lines.Add(("COPY (…) TO STDOUT (FORMAT csv)", Rate(q.CopyRowsPerSecond), ""));
            lines.Add(("export / COPY", F($"{q.ExportRowsPerSecond / q.CopyRowsPerSecond:F2}"), "≥ 0.5"));
            lines.Add(("export working set growth", F($"{q.ExportPeakMb:F0} MB"), "≤ 64 MB"));
        }

        if (Kafka is { } k)
        {
            lines.Add(("Kafka relay", Rate(k.RelayEventsPerSecond), "≥ 0.9 × raw producer"));
            lines.Add(("relay / raw producer", F($"{k.RelayVsRaw:F2}"), "≥ 0.9"));
            lines.Add(("the relay's read from PostgreSQL alone (one statement, every event)", Rate(k.ReadEventsPerSecond), F($"{k.ReadEventsPerSecond / k.RawEventsPerSecond:F2} × raw producer")));
            lines.Add(("building the relay's records alone", Rate(k.BuildEventsPerSecond), ""));
            lines.Add(("commit to acknowledgement p50 / p99", F($"{k.CommitToAckP50Ms:F1} / {k.CommitToAckP99Ms:F1} ms"), "reported"));
        }

        if (Door is { } d)
        {
            lines.Add(("LogAsync, no durable sink (caller cost)", F($"{d.LogAsyncNs:N0} ns"), "≤ 3 × TryWrite"));
            lines.Add(("Channel<T>.Writer.TryWrite", F($"{d.TryWriteNs:N0} ns"), ""));
            lines.Add(("LogAsync / TryWrite", F($"{d.LogAsyncNs / d.TryWriteNs:F1}"), "≤ 3"));
            lines.Add(("  enrich / validate / redact alone", F($"{d.EnrichNs:N0} / {d.ValidateNs:N0} / {d.RedactNs:N0} ns"), ""));
            lines.Add(("allocated per event", F($"{d.AllocatedBytesPerEvent:N0} B"), "minimised"));
        }

        var width = lines.Max(l => l.What.Length);
        var valueWidth = lines.Max(l => l.Value.Length);
        output.WriteLine();
        foreach (var (what, value, target) in lines)
        {
            output.WriteLine($"{what.PadRight(width)}  {value.PadLeft(valueWidth)}  {target}");
        }

        output.WriteLine();
    }

    private static string Rate(double perSecond) => F($"{perSecond:N0} events/s");

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
