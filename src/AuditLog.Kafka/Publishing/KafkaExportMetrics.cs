using System.Diagnostics.Metrics;

namespace AuditLog.Kafka.Publishing;

/// <summary>The Kafka export's instruments, on the meter named <see cref="MeterName"/>.</summary>
internal sealed class KafkaExportMetrics : IDisposable
{
    public const string MeterName = "AuditLog.Kafka";

    private readonly Meter meter;
    private readonly Counter<long> published;
    private readonly Counter<long> failed;
    private readonly Counter<long> retried;
    private readonly Histogram<double> commitToAck;
    private long lag;

    public KafkaExportMetrics(IMeterFactory? meterFactory)
    {
        meter = meterFactory?.Create(MeterName) ?? new Meter(MeterName);
        published = meter.CreateCounter<long>("auditlog.kafka.published", "{event}", "Events the broker acknowledged on the audit topic.");
        failed = meter.CreateCounter<long>("auditlog.kafka.failed", "{event}", "Events whose delivery failed (each attempt counts); they are published again.");
        retried = meter.CreateCounter<long>("auditlog.kafka.retried", "{event}", "Events published again after a failed attempt.");
        commitToAck = meter.CreateHistogram<double>("auditlog.kafka.commit_to_ack", "ms", "Time from an event's time (its commit, within milliseconds) to the broker's acknowledgement.");
        meter.CreateObservableGauge("auditlog.kafka.lag", () => Interlocked.Read(ref lag), "{event}", "Events committed to PostgreSQL and not yet acknowledged on the topic (last measured).");
    }

    public void Published(int count) => published.Add(count);

    public void Failed(int count) => failed.Add(count);

    public void Retried(int count) => retried.Add(count);

    public void Acknowledged(TimeSpan sinceCommit) => commitToAck.Record(Math.Max(0, sinceCommit.TotalMilliseconds));

    public void Lag(long events) => Interlocked.Exchange(ref lag, events);

    public void Dispose() => meter.Dispose();
}
