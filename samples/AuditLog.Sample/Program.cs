// A host application records audit events the way a Kafka management console would:
// PostgreSQL is the system of record (LogAsync returns once the event is committed), and each
// committed event is printed as the CloudEvent Kafka export will publish.
using AuditLog;
using AuditLog.PostgreSql;
using AuditLog.Resources;
using AuditLog.CloudEvents;
using AuditLog.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

// One line and an exit code for what goes wrong: 2 for configuration, 1 for a failure while running.
try
{
    await RunAsync();
    return 0;
}
catch (OptionsValidationException exception)
{
    await Console.Error.WriteLineAsync($"Configuration error: {string.Join(" ", exception.Failures)}");
    return 2;
}
catch (AuditSinkException exception)
{
    var cause = exception.InnerException is { } inner ? $" Cause: {inner.Message.TrimEnd('.')}." : string.Empty;
    await Console.Error.WriteLineAsync($"The audit log could not be written: {exception.Message}{cause} Check that the database named by CDK_DATABASE_URL (or CDK_DATABASE_HOST…) is reachable.");
    return 1;
}

async Task RunAsync()
{
    // The database comes from CDK_DATABASE_URL (or CDK_DATABASE_HOST…) like Conduktor's; without one, the
    // sample starts a throwaway PostgreSQL server of its own.
    await using var demoDatabase = string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CDK_DATABASE_URL"))
        && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CDK_DATABASE_HOST"))
            ? await PostgreSqlServer.StartAsync()
            : null;

    var builder = Host.CreateApplicationBuilder(args);
    // The sample reports failures itself, in one line each; the host's own error logs would repeat them with stack traces.
    builder.Logging.SetMinimumLevel(LogLevel.Error).AddFilter("Microsoft.Extensions.Hosting", LogLevel.None);
    builder.Services.AddAuditLog()
        .AddPostgreSql(o => o.ConnectionString = demoDatabase?.ConnectionString);

    using var host = builder.Build();
    await host.StartAsync();
    var logger = host.Services.GetRequiredService<IAuditLogger>();
    var alice = AuditActor.User("alice@example.com", "Alice");
    var fromBrowser = new AuditClient("203.0.113.7", "Mozilla/5.0");

    Console.WriteLine("Recorded (each printed once committed, as its CloudEvent: the shape Kafka export will publish):");

    // An exportable event, in Conduktor's CloudEvents shape.
    await LogAsync(
        AuditEvents.Kafka.Topic.Create.For(new KafkaTopic("production", "website-orders"), alice)
            .WithMetadata("partitions", 6)
            .WithMetadata("replicationFactor", 3) with { Client = fromBrowser });

    // A connector whose configuration holds a secret: it is redacted before any sink sees it.
    await LogAsync(
        AuditEvents.Kafka.Connector.Create.For(new KafkaConnector("production", "connect-eu", "orders-to-s3"), alice)
            .WithMetadata("connector.class", "io.confluent.connect.s3.S3SinkConnector")
            .WithMetadata("aws.secret.access.key", "do-not-print-me"));

    // A legacy CRN event.
    await LogAsync(
        AuditEvents.Legacy.User.Login.For(new CrnUser("alice@example.com"), alice) with { Client = fromBrowser });

    // Security decisions after Confluent's model: a failed login and a dry-run authorization check that was denied.
    await LogAsync(AuditEvents.Security.Authentication.Record(
        new AuthenticationAttempt("production", AuditActor.ServiceAccount("sa-billing"), "SASL_SSL/PLAIN", Succeeded: false)
        {
            Identifier = "key-7F3Q",
            Message = "Invalid credentials",
        }));
    await LogAsync(AuditEvents.Security.Authorization.Record(
        new AuthorizationCheck("production", AuditActor.ServiceAccount("sa-billing"), "Write", "Topic", "payments", Granted: false)
        {
            DryRun = true,
            Message = "No ACL grants Write on Topic:payments",
        }));

    // Reading back: what happened on the production cluster's topics, newest first.
    var store = host.Services.GetRequiredService<PostgreSqlAuditStore>();
    Console.WriteLine();
    Console.WriteLine("Stored in PostgreSQL, resources under //kafka/kafkacluster/production/, newest first:");
    await foreach (var stored in store.QueryAsync(new AuditQuery { ResourcePrefix = "//kafka/kafkacluster/production/" }))
    {
        Console.WriteLine($"  {stored.Time:O}  {stored.Type.Name,-24} {stored.Resource.Address}  by {stored.Actor.Id}");
    }

    // Tamper evidence: every writer's hash chain is intact.
    var verification = await host.Services.GetRequiredService<AuditIntegrityVerifier>().VerifyAsync();
    Console.WriteLine();
    Console.WriteLine(verification.IsIntact
        ? $"Integrity: intact ({verification.EventsChecked} events in {verification.Chains} chain(s))."
        : $"Integrity: {verification.FirstViolation}");

    await host.StopAsync();

    // LogAsync returns once the event is committed to PostgreSQL; only then is it shown.
    async Task LogAsync(AuditEvent auditEvent)
    {
        var recorded = await logger.LogAsync(auditEvent);
        Console.WriteLine(AuditCloudEventMapper.ToJson(recorded));
    }
}
