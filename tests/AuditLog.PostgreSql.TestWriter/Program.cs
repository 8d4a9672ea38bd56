// Writes audit events from several concurrent tasks through AddAuditLog().AddPostgreSql(), as one
// process among several writing to the same database.
// Usage: AuditLog.PostgreSql.TestWriter <connection-string> <tasks> <events-per-task> <tag>
// Options bind as in any host, from environment variables prefixed TESTWRITER_ (TESTWRITER_AuditLog__WriteTimeout=00:01:00).
// Prints one line, "writer=<chain ids, comma-separated> events=<count> seconds=<elapsed> slowest-ms=<longest LogAsync> tag=<tag>", and
// exits 0; on failure prints the error on stderr and exits 1 (2 for bad arguments).
using System.Diagnostics;
using System.Globalization;
using AuditLog;
using AuditLog.PostgreSql.Writing;
using AuditLog.Resources;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

if (args.Length != 4
    || !int.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out var tasks) || tasks < 1
    || !int.TryParse(args[2], NumberStyles.None, CultureInfo.InvariantCulture, out var eventsPerTask) || eventsPerTask < 0)
{
    await Console.Error.WriteLineAsync("usage: AuditLog.PostgreSql.TestWriter <connection-string> <tasks> <events-per-task> <tag>");
    return 2;
}

var (connectionString, tag) = (args[0], args[3]);
try
{
    var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
    builder.Configuration.AddEnvironmentVariables("TESTWRITER_");
    builder.Logging.SetMinimumLevel(LogLevel.Warning).AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
    builder.Services.AddAuditLog().AddPostgreSql(connectionString);
    using var host = builder.Build();
    await host.StartAsync();

    var audit = host.Services.GetRequiredService<IAuditLogger>();
    var actor = AuditActor.ServiceAccount($"writer-{tag}");
    var clock = Stopwatch.StartNew();
    var slowest = await Task.WhenAll(Enumerable.Range(0, tasks).Select(task => Task.Run(async () =>
    {
        var slowest = TimeSpan.Zero;
        for (var i = 0; i < eventsPerTask; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await audit.LogAsync(AuditEvents.Kafka.Topic.Create.For(new KafkaTopic("production", $"{tag}-{task}-{i}"), actor));
            slowest = TimeSpan.FromTicks(Math.Max(slowest.Ticks, Stopwatch.GetElapsedTime(started).Ticks));
        }

        return slowest;
    })));
    var elapsed = clock.Elapsed;

    var writer = string.Join(',', host.Services.GetRequiredService<PostgreSqlAuditSink>().WriterIds);
    await host.StopAsync();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"writer={writer} events={tasks * eventsPerTask} seconds={elapsed.TotalSeconds:F2} slowest-ms={slowest.Max().TotalMilliseconds:F0} tag={tag}"));
    return 0;
}
catch (Exception exception)
{
    await Console.Error.WriteLineAsync($"TestWriter {tag} failed: {exception}");
    return 1;
}
