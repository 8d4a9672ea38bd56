using System.Text.Json;
using AuditLog.Resources;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AuditLog.Benchmarks;

/// <summary>
/// The cost of <c>LogAsync</c> before any sink works: enrich, validate (every string checked for NUL and
/// unpaired surrogates, nesting depth, size) and redact (secret keys, credentials inside values), then hand
/// the event to a sink that completes on acceptance and does nothing.
/// </summary>
[MemoryDiagnoser]
public class DoorBenchmarks
{
    private IHost host = null!;
    private IAuditLogger logger = null!;
    private AuditEvent plain = null!;
    private AuditEvent connector = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddAuditLog(o => o.QueueCapacity = 1_000_000).AddSink(new DiscardingSink());
        host = builder.Build();
        await host.StartAsync();
        logger = host.Services.GetRequiredService<IAuditLogger>();
        var alice = AuditActor.User("alice@example.com", "Alice");
        plain = AuditEvents.Kafka.Topic.Create.For(new KafkaTopic("production", "website-orders"), alice)
            .WithMetadata("partitions", 6)
            .WithMetadata("replicationFactor", 3);
        connector = AuditEvents.Kafka.Connector.Create.For(new KafkaConnector("production", "connect-eu", "orders-to-pg"), alice)
            .WithMetadata("config", JsonSerializer.SerializeToElement(new Dictionary<string, string>
            {
                ["connector.class"] = "io.confluent.connect.jdbc.JdbcSinkConnector",
                ["connection.url"] = "jdbc:postgresql://db:5432/orders?user=app&password=hunter2",
                ["topics"] = "orders",
                ["tasks.max"] = "4",
                ["key.converter"] = "org.apache.kafka.connect.storage.StringConverter",
                ["transforms.route.regex"] = "orders-(.*)",
            }));
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await host.StopAsync();
        host.Dispose();
    }

    [Benchmark(Baseline = true, Description = "topic event, 4 metadata values")]
    public Task<AuditEvent> Plain() => logger.LogAsync(plain);

    [Benchmark(Description = "connector event, nested config with a JDBC URL password")]
    public Task<AuditEvent> ConnectorWithCredentials() => logger.LogAsync(connector);

    private sealed class DiscardingSink : IAuditSink
    {
        public AuditSinkCompletion Completion => AuditSinkCompletion.OnAccepted;

        public Task WriteAsync(IReadOnlyList<AuditEvent> batch, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
