// A host application that knows the audit log only through its NuGet packages: it starts a throwaway
// PostgreSQL and librdkafka's mock Kafka cluster (AuditLog.Testing), logs events through
// AddAuditLog().AddPostgreSql().AddKafka(), verifies the chain in-process, reads the events back from the audit
// topic, then runs the installed auditlog tool against the same database and topic.
using System.Diagnostics;
using AuditLog;
using AuditLog.PostgreSql;
using AuditLog.Resources;
using AuditLog.Kafka;
using AuditLog.Testing;
using Confluent.Kafka;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

var tool = args.Length == 2 ? args[0] : throw new ArgumentException("usage: PackageCheck <auditlog tool path> <expected version>");
var expectedVersion = args[1];
await using var server = await PostgreSqlServer.StartAsync();
await using var kafka = KafkaMockCluster.Start();
kafka.CreateTopic("audit", partitions: 3, replicationFactor: 1);
var variables = new Dictionary<string, string?>
{
    ["CDK_CLUSTERS_0_ID"] = "local",
    ["CDK_CLUSTERS_0_BOOTSTRAPSERVERS"] = kafka.BootstrapServers,
    ["CDK_AUDITLOGPUBLISHER_CLUSTER"] = "local",
    ["CDK_AUDITLOGPUBLISHER_TOPICNAME"] = "audit",
};

var builder = Host.CreateApplicationBuilder();
builder.Configuration.AddInMemoryCollection(variables);
// The mock cluster has no admin API for topics: provisioning says so in a warning, which is expected here.
builder.Logging.SetMinimumLevel(LogLevel.Error);
builder.Services.AddAuditLog().AddPostgreSql(server.ConnectionString).AddKafka();
using (var host = builder.Build())
{
    await host.StartAsync();
    var logger = host.Services.GetRequiredService<IAuditLogger>();
    var alice = AuditActor.User("alice@example.com");
    await logger.LogAsync(AuditEvents.Kafka.Topic.Create.For(new KafkaTopic("production", "orders"), alice).WithMetadata("partitions", 6));
    await logger.LogAsync(AuditEvents.Kafka.Topic.Delete.For(new KafkaTopic("production", "orders"), alice));
    await logger.LogAsync(AuditEvents.Iam.User.Login.For(new IamUser("alice@example.com"), alice));
    var verification = await host.Services.GetRequiredService<AuditIntegrityVerifier>().VerifyAsync();
    Check(verification.IsIntact && verification.EventsChecked == 3, $"in-process verification: {verification}");
    var read = await ReadTopicAsync();
    Check(read.Events == 3 && read.Violations.Count == 0, $"the audit topic holds {read.Events} events and {read.Violations.Count} violations ({string.Join("; ", read.Violations)})");
    await host.StopAsync();
}

var version = await RunToolAsync(null, "--version");
Check(version.ExitCode == 0 && version.Output.Trim() == expectedVersion, $"auditlog --version printed '{version.Output.Trim()}', expected {expectedVersion}");
var verify = await RunToolAsync(null, "verify", "--connection", server.ConnectionString);
Check(verify.ExitCode == 0 && verify.Output.Trim() == "Intact: 3 events in 1 chain.", $"auditlog verify: exit {verify.ExitCode}, '{verify.Output.Trim()}' {verify.Error.Trim()}");
var tail = await RunToolAsync(variables, "tail", "--format", "json");
Check(tail.ExitCode == 0 && tail.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length == 3, $"auditlog tail: exit {tail.ExitCode}, '{tail.Output.Trim()}' {tail.Error.Trim()}");
Console.WriteLine($"Package check passed: a host and the auditlog tool {expectedVersion}, from the packages alone.");
return 0;

// The relay publishes within milliseconds of each commit; the topic is read until it holds them all, for 30 s at most.
async Task<(int Events, List<string> Violations)> ReadTopicAsync()
{
    var reader = new AuditTopicReader(new ClientConfig { BootstrapServers = kafka.BootstrapServers }, "audit");
    var deadline = DateTime.UtcNow.AddSeconds(30);
    while (true)
    {
        var (events, violations) = (0, new List<string>());
        await foreach (var item in reader.ReadAsync())
        {
            if (item is AuditTopicEvent)
            {
                events++;
            }
            else if (item is AuditTopicViolation violation)
            {
                violations.Add(violation.Description);
            }
        }

        if (events >= 3 || DateTime.UtcNow > deadline)
        {
            return (events, violations);
        }

        await Task.Delay(200);
    }
}

async Task<(int ExitCode, string Output, string Error)> RunToolAsync(IReadOnlyDictionary<string, string?>? environment, params string[] arguments)
{
    var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
    foreach (var (key, value) in environment ?? new Dictionary<string, string?>())
    {
        start.Environment[key] = value;
    }

    foreach (var argument in arguments)
    {
        start.ArgumentList.Add(argument);
    }

    using var process = Process.Start(start)!;
    var output = process.StandardOutput.ReadToEndAsync();
    var error = process.StandardError.ReadToEndAsync();
    await process.WaitForExitAsync();
    return (process.ExitCode, await output, await error);
}

static void Check(bool condition, string what)
{
    if (!condition)
    {
        Console.Error.WriteLine($"Package check failed: {what}");
        Environment.Exit(1);
    }
}
