using System.Diagnostics.Metrics;

namespace AuditLog.Pipeline;

/// <summary>The pipeline's counters, on the meter named <see cref="MeterName"/>.</summary>
internal sealed class AuditLogMetrics : IDisposable
{
    public const string MeterName = "AuditLog";

    private readonly Meter meter;
    private readonly Counter<long> accepted;
    private readonly Counter<long> rejected;
    private readonly Counter<long> written;
    private readonly Counter<long> failed;
    private readonly Counter<long> dropped;
    private readonly Histogram<double> batchDuration;
    private readonly List<Func<Measurement<int>>> queueDepths = [];

    public AuditLogMetrics(IMeterFactory? meterFactory)
    {
        meter = meterFactory?.Create(MeterName) ?? new Meter(MeterName);
        accepted = meter.CreateCounter<long>("auditlog.events.accepted", "{event}", "Events that passed validation and were handed to the sinks.");
        rejected = meter.CreateCounter<long>("auditlog.events.rejected", "{event}", "Events refused by validation.");
        written = meter.CreateCounter<long>("auditlog.events.written", "{event}", "Events a sink wrote.");
        failed = meter.CreateCounter<long>("auditlog.events.failed", "{event}", "Events in batches a sink failed to write (each attempt counts).");
        dropped = meter.CreateCounter<long>("auditlog.events.dropped", "{event}", "Events dropped by the Drop queue policy or lost at shutdown.");
        batchDuration = meter.CreateHistogram<double>("auditlog.batch.duration", "ms", "Time a sink took to write one batch.");
        meter.CreateObservableGauge("auditlog.queue.depth", () => queueDepths.Select(depth => depth()), "{event}", "Events waiting in each sink's queue.");
    }

    public void ObserveQueue(string sink, Func<int> depth)
    {
        lock (queueDepths)
        {
            queueDepths.Add(() => new Measurement<int>(depth(), new KeyValuePair<string, object?>("sink", sink)));
        }
    }

    public void Accepted() => accepted.Add(1);

    public void Rejected(string field) => rejected.Add(1, new KeyValuePair<string, object?>("field", field));

    public void Written(string sink, int count, TimeSpan duration)
    {
        written.Add(count, new KeyValuePair<string, object?>("sink", sink));
        batchDuration.Record(duration.TotalMilliseconds, new KeyValuePair<string, object?>("sink", sink));
    }

    public void Failed(string sink, int count) => failed.Add(count, new KeyValuePair<string, object?>("sink", sink));

    public void Dropped(string sink, string reason, int count = 1) =>
        dropped.Add(count, new KeyValuePair<string, object?>("sink", sink), new KeyValuePair<string, object?>("reason", reason));

    public void Dispose() => meter.Dispose();
}
