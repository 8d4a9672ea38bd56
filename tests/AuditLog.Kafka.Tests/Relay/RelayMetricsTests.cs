using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using AuditLog.Kafka.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace AuditLog.Kafka.Tests.Relay;

[Collection(RelayCollection.Name)]
public sealed class RelayMetricsTests(RelayFixture fixture)
{
    [Fact]
    public async Task Counts_each_published_event_once_and_times_its_acknowledgement()
    {
        var database = await fixture.NewDatabaseAsync();
        await using var cluster = RelayDeliveryTests.StartCluster();
        await using var host = await KafkaExportHost.StartAsync(database, KafkaExportHost.Variables(cluster));
        var measurements = new ConcurrentQueue<(string Instrument, double Value)>();
        using var listener = Listen(host.Host.Services.GetRequiredService<IMeterFactory>(), measurements);

        await host.WriteAsync(500, "metrics");
        await DatabaseChains.WaitUntilRelayedAsync(database, TimeSpan.FromMinutes(1));

        Sum(measurements, "auditlog.kafka.published").Should().Be(500);
        Sum(measurements, "auditlog.kafka.failed").Should().Be(0);
        measurements.Count(m => m.Instrument == "auditlog.kafka.commit_to_ack").Should().Be(500);
        measurements.Where(m => m.Instrument == "auditlog.kafka.commit_to_ack").Should().OnlyContain(m => m.Value >= 0 && m.Value < 60_000);
    }

    private static MeterListener Listen(IMeterFactory factory, ConcurrentQueue<(string, double)> measurements)
    {
        var listener = new MeterListener
        {
            // Only this host's meter: other tests' hosts publish on meters of the same name.
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == "AuditLog.Kafka" && ReferenceEquals(instrument.Meter.Scope, factory))
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, _, _) => measurements.Enqueue((instrument.Name, value)));
        listener.SetMeasurementEventCallback<double>((instrument, value, _, _) => measurements.Enqueue((instrument.Name, value)));
        listener.Start();
        return listener;
    }

    private static double Sum(IEnumerable<(string Instrument, double Value)> measurements, string instrument) =>
        measurements.Where(m => m.Instrument == instrument).Sum(m => m.Value);
}
