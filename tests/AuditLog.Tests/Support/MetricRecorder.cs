using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;

namespace AuditLog.Tests.Support;

/// <summary>Sums one instrument of one host's AuditLog meter while alive (other hosts' meters are ignored).</summary>
public sealed class MetricRecorder : IDisposable
{
    private readonly MeterListener listener = new();
    private long total;

    public MetricRecorder(AuditLogHost host, string instrument)
    {
        var factory = host.Host.Services.GetRequiredService<IMeterFactory>();
        listener.InstrumentPublished = (i, l) =>
        {
            if (i.Meter.Name == "AuditLog" && ReferenceEquals(i.Meter.Scope, factory) && i.Name == instrument)
            {
                l.EnableMeasurementEvents(i);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref total, value));
        listener.Start();
    }

    public long Total => Interlocked.Read(ref total);

    public void Dispose() => listener.Dispose();
}
