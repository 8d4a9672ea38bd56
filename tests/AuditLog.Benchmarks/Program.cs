using System.Globalization;
using AuditLog.Benchmarks;
using BenchmarkDotNet.Running;

// Run: dotnet run -c Release --project tests/AuditLog.Benchmarks -- --filter '*'
// The relay against a raw producer, and its commit-to-acknowledgement latency: … -- relay [events]
if (args is ["relay", ..])
{
    await KafkaRelayMeasurement.RunAsync(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100_000);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
