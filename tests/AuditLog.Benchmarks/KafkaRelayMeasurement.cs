using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using AuditLog.Kafka;
using AuditLog.Kafka.Publishing;
using AuditLog.Kafka.Relay;
using AuditLog.Kafka.Wire;
using AuditLog.PostgreSql;
using AuditLog.PostgreSql.Outbox;
using AuditLog.Resources;
using AuditLog.Testing;
using Confluent.Kafka;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace AuditLog.Benchmarks;

/// <summary>
/// The relay side by side with its limit, in one run: a raw Confluent.Kafka producer sending the same records (payloads,
/// keys, producer settings) to the same mock cluster; then the latency from commit to the broker's acknowledgement.
/// Throughput is taken in the steady state, between the 10th and the 90th percent of acknowledgements, for both: the
/// relay's start (its lease, its read of the partitions' ends) and the producer's creation are counted apart.
/// Run: <c>dotnet run -c Release --project tests/AuditLog.Benchmarks -- relay [events]</c>.
/// </summary>
internal static class KafkaRelayMeasurement
{
    private const string ClusterId = "bench";

    /// <summary>The figures of one run: the best round's relay throughput and the raw producer's of that round.</summary>
    /// <remarks>
    /// <see cref="ReadEventsPerSecond"/> and <see cref="BuildEventsPerSecond"/>, the best of the rounds: the relay's own
    /// read of every event in one statement, and the building of their records, each alone. The relay does both before
    /// it produces, so the slower of the two bounds it whatever the broker takes.
    /// </remarks>
    public sealed record Result(double RelayEventsPerSecond, double RawEventsPerSecond, double CommitToAckP50Ms, double CommitToAckP99Ms, double ReadEventsPerSecond, double BuildEventsPerSecond)
    {
        /// <summary>The relay's steady rate over the raw producer's of the same round.</summary>
        public double RelayVsRaw => RelayEventsPerSecond / RawEventsPerSecond;
    }

    /// <summary>One publishing run: from start to the last acknowledgement, and the steady rate in between.</summary>
    /// <remarks>For the raw producer's run, also how fast its records were read from PostgreSQL and built, one step at a time.</remarks>
    private sealed record Run(TimeSpan Whole, double SteadyEventsPerSecond, double ReadEventsPerSecond = 0, double BuildEventsPerSecond = 0);

    // Stopwatch timestamps of the acknowledgements that pass 10 % and 90 % of the events.
    private sealed class SteadyClock(int events)
    {
        private readonly long low = events / 10;
        private readonly long high = events - (events / 10);
        private long acknowledged;
        private long lowAt;
        private long highAt;

        public void Acknowledged(long count)
        {
            var now = Stopwatch.GetTimestamp();
            var after = Interlocked.Add(ref acknowledged, count);
            var before = after - count;
            if (before < low && after >= low)
            {
                lowAt = now;
            }

            if (before < high && after >= high)
            {
                highAt = now;
            }
        }

        public double EventsPerSecond => (high - low) / Stopwatch.GetElapsedTime(lowAt, highAt).TotalSeconds;
    }

    public static async Task<Result> RunAsync(int events)
    {
        // Durable: fsync and synchronous_commit on, as the commit-to-acknowledgement latency is measured from a commit.
        await using var server = await PostgreSqlServer.StartDurableAsync();
        using var cluster = KafkaMockCluster.Start();
        var database = await server.CreateDatabaseAsync();
        Console.WriteLine($"Writing {events:N0} events to PostgreSQL…");
        await using (var writer = await StartHostAsync(database, cluster, topic: null))
        {
            var audit = writer.Services.GetRequiredService<IAuditLogger>();
            var actor = AuditActor.ServiceAccount("bench");
            await Task.WhenAll(Enumerable.Range(0, 64).Select(task => Task.Run(async () =>
            {
                for (var i = task; i < events; i += 64)
                {
                    await audit.LogAsync(AuditEvents.Kafka.Topic.Create.For(new KafkaTopic("production", $"orders-{i % 500}"), actor));
                }
            })));
        }

        var best = (Relay: 0.0, Raw: 1.0);
        var (read, build) = (0.0, 0.0);
        for (var round = 1; round <= 3; round++)
        {
            var raw = await RawProducerAsync(database, cluster, $"raw-{round}", events);
            var relay = await RelayAsync(database, cluster, $"relay-{round}", events);
            best = relay.SteadyEventsPerSecond > best.Relay ? (relay.SteadyEventsPerSecond, raw.SteadyEventsPerSecond) : best;
            (read, build) = (Math.Max(read, raw.ReadEventsPerSecond), Math.Max(build, raw.BuildEventsPerSecond));
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"round {round}: steady raw producer {raw.SteadyEventsPerSecond:N0} events/s, relay {relay.SteadyEventsPerSecond:N0} events/s, relay/raw {relay.SteadyEventsPerSecond / raw.SteadyEventsPerSecond:F2}; whole runs {raw.Whole.TotalSeconds:F2} s and {relay.Whole.TotalSeconds:F2} s (the relay's includes its host's start); the relay's read alone {raw.ReadEventsPerSecond:N0} events/s, building its records alone {raw.BuildEventsPerSecond:N0} events/s"));
        }

        var latencies = await CommitToAckAsync(server, cluster, 500);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"commit to acknowledgement, 1 caller, {latencies.Count} events: p50 {Percentile(latencies, 0.50):F1} ms, p99 {Percentile(latencies, 0.99):F1} ms, max {latencies.Max():F1} ms"));
        return new Result(best.Relay, best.Raw, Percentile(latencies, 0.50), Percentile(latencies, 0.99), read, build);
    }

    // The relay's own records, read by the relay's own statement (every event in one read) and built as the relay builds
    // them, each step timed: what PostgreSQL and the record building alone allow the relay. Then a producer with the
    // relay's settings sends them.
    private static async Task<Run> RawProducerAsync(string database, KafkaMockCluster cluster, string topic, int events)
    {
        cluster.CreateTopic(topic, 3, 1);
        IReadOnlyList<OutboxEvent> rows;
        var reading = Stopwatch.StartNew();
        await using (var audit = new AuditDatabase(NpgsqlDataSource.Create(database), new PostgreSqlAuditOptions(), ownsDataSource: true))
        {
            rows = await new AuditOutbox(audit, $"{ClusterId}/{topic}").ReadAsync(new Dictionary<Guid, long>(), events, CancellationToken.None);
        }

        var read = reading.Elapsed;
        // Timed apart from the list the producer is given: keeping every record alive costs the collector more than the
        // relay pays, which keeps four batches.
        var building = Stopwatch.StartNew();
        var bytes = 0L;
        foreach (var row in rows)
        {
            bytes += Record(row).Value.Length;
        }

        var built = building.Elapsed;
        var messages = rows.Select(Record).ToList();
        if (messages.Count != events || bytes == 0)
        {
            throw new InvalidOperationException($"Read {messages.Count} of {events} events.");
        }

        var clock = Stopwatch.StartNew();
        var steady = new SteadyClock(events);
        using var producer = new ProducerBuilder<byte[], byte[]>(AuditProducerConfig.Create(new ClientConfig { BootstrapServers = cluster.BootstrapServers }, new KafkaExportOptions(), "raw")).Build();
        var failed = 0;
        foreach (var message in messages)
        {
            while (true)
            {
                try
                {
                    producer.Produce(topic, message, report =>
                    {
                        if (report.Error.IsError)
                        {
                            Interlocked.Increment(ref failed);
                        }
                        else
                        {
                            steady.Acknowledged(1);
                        }
                    });
                    break;
                }
                catch (ProduceException<byte[], byte[]> e) when (e.Error.Code == ErrorCode.Local_QueueFull)
                {
                    producer.Poll(TimeSpan.FromMilliseconds(10));
                }
            }
        }

        producer.Flush(TimeSpan.FromMinutes(2));
        return failed == 0 ? new Run(clock.Elapsed, steady.EventsPerSecond, events / read.TotalSeconds, events / built.TotalSeconds) : throw new InvalidOperationException($"{failed} records failed.");
    }

    private static Message<byte[], byte[]> Record(OutboxEvent row) => AuditRelay.RecordOf(row, keyed: false, AuditMessageFormat.Structured);

    // From the relay host's start to every cursor at its chain head; the steady rate from the relay's own
    // auditlog.kafka.published counter (this host's meter only).
    private static async Task<Run> RelayAsync(string database, KafkaMockCluster cluster, string topic, int events)
    {
        cluster.CreateTopic(topic, 3, 1);
        var steady = new SteadyClock(events);
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == "AuditLog.Kafka" && instrument.Name == "auditlog.kafka.published")
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((_, value, _, _) => steady.Acknowledged(value));
        listener.Start();
        await using var audit = new AuditDatabase(NpgsqlDataSource.Create(database), new PostgreSqlAuditOptions(), ownsDataSource: true);
        var outbox = new AuditOutbox(audit, $"{ClusterId}/{topic}");
        var clock = Stopwatch.StartNew();
        await using var relay = await StartHostAsync(database, cluster, topic);
        while ((await outbox.ReadLagAsync(CancellationToken.None)).Events > 0)
        {
            await Task.Delay(5);
        }

        return new Run(clock.Elapsed, steady.EventsPerSecond);
    }

    private static async Task<List<double>> CommitToAckAsync(PostgreSqlServer server, KafkaMockCluster cluster, int count)
    {
        var database = await server.CreateDatabaseAsync();
        cluster.CreateTopic("latency", 3, 1);
        long acknowledgedAt = 0;
        using var acknowledged = new SemaphoreSlim(0);
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == "AuditLog.Kafka" && instrument.Name == "auditlog.kafka.published")
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((_, value, _, _) =>
        {
            if (value > 0)
            {
                Volatile.Write(ref acknowledgedAt, Stopwatch.GetTimestamp());
                acknowledged.Release();
            }
        });
        listener.Start();
        await using var host = await StartHostAsync(database, cluster, "latency");
        var audit = host.Services.GetRequiredService<IAuditLogger>();
        var actor = AuditActor.ServiceAccount("latency");
        var latencies = new List<double>(count);
        for (var i = 0; i < count + 20; i++)
        {
            await audit.LogAsync(AuditEvents.Kafka.Topic.Create.For(new KafkaTopic("production", "orders"), actor));
            var committed = Stopwatch.GetTimestamp();
            if (!await acknowledged.WaitAsync(TimeSpan.FromSeconds(30)))
            {
                throw new TimeoutException("The relay did not publish within 30 s.");
            }

            if (i >= 20)
            {
                latencies.Add(Stopwatch.GetElapsedTime(committed, Volatile.Read(ref acknowledgedAt)).TotalMilliseconds);
            }
        }

        return latencies;
    }

    private static async Task<RunningHost> StartHostAsync(string database, KafkaMockCluster cluster, string? topic)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        var variables = new Dictionary<string, string?>
        {
            ["CDK_CLUSTERS_0_ID"] = ClusterId,
            ["CDK_CLUSTERS_0_BOOTSTRAPSERVERS"] = cluster.BootstrapServers,
        };
        if (topic is not null)
        {
            variables["CDK_AUDITLOGPUBLISHER_CLUSTER"] = ClusterId;
            variables["CDK_AUDITLOGPUBLISHER_TOPICNAME"] = topic;
            variables["CDK_AUDITLOGPUBLISHER_TOPICCONFIG_PARTITION"] = "3";
        }

        builder.Configuration.AddInMemoryCollection(variables);
        var audit = builder.Services.AddAuditLog(o => o.WriteTimeout = TimeSpan.FromMinutes(1)).AddPostgreSql(database);
        if (topic is not null)
        {
            audit.AddKafka();
        }

        var host = builder.Build();
        await host.StartAsync();
        return new RunningHost(host);
    }

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(p * sorted.Count) - 1)];
    }

    private sealed class RunningHost(IHost host) : IAsyncDisposable
    {
        public IServiceProvider Services => host.Services;

        public async ValueTask DisposeAsync()
        {
            await host.StopAsync();
            host.Dispose();
        }
    }
}
