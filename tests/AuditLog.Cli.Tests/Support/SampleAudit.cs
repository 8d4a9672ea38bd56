using AuditLog.Resources;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AuditLog.Cli.Tests.Support;

/// <summary>
/// A small audit log written the way a host writes it (AddAuditLog().AddPostgreSql() and IAuditLogger),
/// with events that differ in every way the export filters can tell apart.
/// </summary>
public static class SampleAudit
{
    public static readonly DateTimeOffset OrdersCreated = new(2026, 10, 31, 12, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset PaymentsDeleted = new(2026, 11, 1, 10, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset SinkCreated = new(2026, 11, 2, 8, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset InventoryUpdated = new(2026, 11, 3, 9, 30, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset MalloryAuthenticated = new(2026, 11, 3, 23, 0, 0, TimeSpan.Zero);

    /// <summary>Migrates the database and writes the sample; returns the recorded events by a short name.</summary>
    public static async Task<IReadOnlyDictionary<string, AuditEvent>> WriteAsync(string connectionString)
    {
        var alice = AuditActor.User("alice@example.com");
        var bob = AuditActor.User("bob@example.com");
        var deployer = AuditActor.ServiceAccount("svc-deployer");
        var events = new Dictionary<string, AuditEvent>
        {
            ["orders"] = AuditEvents.Kafka.Topic.Create.For(new KafkaTopic("production", "orders"), alice) with { Time = OrdersCreated },
            ["payments"] = AuditEvents.Kafka.Topic.Delete.For(new KafkaTopic("production", "payments"), bob) with
            {
                Time = PaymentsDeleted,
                Outcome = AuditOutcome.Denied("bob may not delete topics"),
            },
            ["sink"] = AuditEvents.Kafka.Connector.Create.For(new KafkaConnector("staging", "connect", "orders-sink"), alice) with
            {
                Time = SinkCreated,
                Outcome = AuditOutcome.Failure("the connector class is missing"),
            },
            ["inventory"] = AuditEvents.Kafka.Topic.Update.For(new KafkaTopic("production", "inventory"), deployer) with { Time = InventoryUpdated },
            ["mallory"] = AuditEvents.Security.Authentication.Record(new AuthenticationAttempt("production", AuditActor.User("mallory@example.com"), "SCRAM-SHA-512", Succeeded: false)) with
            {
                Time = MalloryAuthenticated,
            },
        };

        return await LogAsync(connectionString, events);
    }

    /// <summary>Migrates the database and logs <paramref name="events"/> through a host; returns them as recorded.</summary>
    public static async Task<IReadOnlyDictionary<string, AuditEvent>> LogAsync(string connectionString, IReadOnlyDictionary<string, AuditEvent> events)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddAuditLog().AddPostgreSql(connectionString);
        using var host = builder.Build();
        await host.StartAsync();
        try
        {
            var logger = host.Services.GetRequiredService<IAuditLogger>();
            var recorded = new Dictionary<string, AuditEvent>();
            foreach (var (name, auditEvent) in events)
            {
                recorded[name] = await logger.LogAsync(auditEvent);
            }

            return recorded;
        }
        finally
        {
            await host.StopAsync();
        }
    }
}
