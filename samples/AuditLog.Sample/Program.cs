// A host application records audit events the way a Kafka management console would.
using AuditLog;
using AuditLog.Resources;
using AuditLog.Sample;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

var builder = Host.CreateApplicationBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.Services.AddAuditLog().AddSink<ConsoleCloudEventSink>();

using var host = builder.Build();
await host.StartAsync();
var audit = host.Services.GetRequiredService<IAuditLogger>();
var alice = AuditActor.User("alice@example.com", "Alice");
var fromBrowser = new AuditClient("203.0.113.7", "Mozilla/5.0");

// An exportable event, in Conduktor's CloudEvents shape.
await audit.LogAsync(
    AuditEvents.Kafka.Topic.Create.For(new KafkaTopic("production", "website-orders"), alice)
        .WithMetadata("partitions", 6)
        .WithMetadata("replicationFactor", 3) with { Client = fromBrowser });

// A connector whose configuration holds a secret: it is redacted before any sink sees it.
await audit.LogAsync(
    AuditEvents.Kafka.Connector.Create.For(new KafkaConnector("production", "connect-eu", "orders-to-s3"), alice)
        .WithMetadata("connector.class", "io.confluent.connect.s3.S3SinkConnector")
        .WithMetadata("aws.secret.access.key", "do-not-print-me"));

// A legacy CRN event.
await audit.LogAsync(
    AuditEvents.Legacy.User.Login.For(new CrnUser("alice@example.com"), alice) with { Client = fromBrowser });

// Security decisions after Confluent's model: a failed login and a dry-run authorization check that was denied.
await audit.LogAsync(AuditEvents.Security.Authentication.Record(
    new AuthenticationAttempt("production", AuditActor.ServiceAccount("sa-billing"), "SASL_SSL/PLAIN", Succeeded: false)
    {
        Identifier = "key-7F3Q",
        Message = "Invalid credentials",
    }));
await audit.LogAsync(AuditEvents.Security.Authorization.Record(
    new AuthorizationCheck("production", AuditActor.ServiceAccount("sa-billing"), "Write", "Topic", "payments", Granted: false)
    {
        DryRun = true,
        Message = "No ACL grants Write on Topic:payments",
    }));

await host.StopAsync();
