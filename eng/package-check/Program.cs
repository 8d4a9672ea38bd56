// A host application that knows the audit log only through its NuGet packages: it starts a throwaway
// PostgreSQL (AuditLog.Testing), logs events through AddAuditLog().AddPostgreSql(), verifies the chain
// in-process, then runs the installed auditlog tool against the same database.
using System.Diagnostics;
using AuditLog;
using AuditLog.PostgreSql;
using AuditLog.Resources;
using AuditLog.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

var tool = args.Length == 2 ? args[0] : throw new ArgumentException("usage: PackageCheck <auditlog tool path> <expected version>");
var expectedVersion = args[1];
await using var server = await PostgreSqlServer.StartAsync();

var builder = Host.CreateApplicationBuilder();
builder.Logging.SetMinimumLevel(LogLevel.Warning);
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
    await host.StopAsync();
}

var version = await RunToolAsync("--version");
Check(version.ExitCode == 0 && version.Output.Trim() == expectedVersion, $"auditlog --version printed '{version.Output.Trim()}', expected {expectedVersion}");
var verify = await RunToolAsync("verify", "--connection", server.ConnectionString);
Check(verify.ExitCode == 0 && verify.Output.Trim() == "Intact: 3 events in 1 chain.", $"auditlog verify: exit {verify.ExitCode}, '{verify.Output.Trim()}' {verify.Error.Trim()}");
Console.WriteLine($"Package check passed: a host and the auditlog tool {expectedVersion}, from the packages alone.");
return 0;

async Task<(int ExitCode, string Output, string Error)> RunToolAsync(params string[] arguments)
{
    var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
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
