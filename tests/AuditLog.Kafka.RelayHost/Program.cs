// A host application instance for the relay tests: AddAuditLog().AddPostgreSql(connection).AddKafka(), configured from
// Conduktor's variables in the environment (CDK_CLUSTERS_*, CDK_AUDITLOGPUBLISHER_*), as a process of its own so that
// a test can kill it with SIGKILL or run two of them.
// Usage: AuditLog.Kafka.RelayHost <connection-string> <events-to-write> <tag>
// Writes the events (Kafka.Topic.Create, 4 concurrent tasks), prints "wrote=<n> tag=<tag>", then runs (the relay
// among the host's services) until its standard input closes. Logs go to standard error, one line each.
// Exits 0 after a clean stop, 1 on failure, 2 for bad arguments.
using System.Globalization;
using AuditLog;
using AuditLog.Resources;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

if (args.Length != 3 || !int.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out var events))
{
    await Console.Error.WriteLineAsync("usage: AuditLog.Kafka.RelayHost <connection-string> <events-to-write> <tag>");
    return 2;
}

var (connectionString, tag) = (args[0], args[2]);
try
{
    var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
    builder.Configuration.AddEnvironmentVariables();
    builder.Logging.SetMinimumLevel(LogLevel.Information)
        .AddSimpleConsole(o => o.SingleLine = true)
        .AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
    builder.Services.AddAuditLog().AddPostgreSql(connectionString).AddKafka();
    using var host = builder.Build();
    await host.StartAsync();

    var audit = host.Services.GetRequiredService<IAuditLogger>();
    var actor = AuditActor.ServiceAccount($"relay-host-{tag}");
    const int Tasks = 4;
    await Task.WhenAll(Enumerable.Range(0, Tasks).Select(task => Task.Run(async () =>
    {
        for (var i = task; i < events; i += Tasks)
        {
            await audit.LogAsync(AuditEvents.Kafka.Topic.Create.For(new KafkaTopic("production", $"{tag}-{i}"), actor));
        }
    })));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote={events} tag={tag}"));

    // Runs until the test closes standard input (or kills the process).
    await Console.In.ReadToEndAsync();
    await host.StopAsync();
    return 0;
}
catch (Exception exception)
{
    await Console.Error.WriteLineAsync($"RelayHost {tag} failed: {exception}");
    return 1;
}
