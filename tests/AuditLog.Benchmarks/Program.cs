using System.Globalization;
using AuditLog.Benchmarks;
using BenchmarkDotNet.Running;

// Run: dotnet run -c Release --project tests/AuditLog.Benchmarks -- --filter '*'
// The relay against a raw producer, and its commit-to-acknowledgement latency: … -- relay [events]
// Every figure of the ingest issue side by side, table and summary.json: … -- bench (or ./build.sh bench)
if (args is ["bench", ..])
{
    await AuditLog.Benchmarks.Suite.BenchSuite.RunAsync(args[1..]);
    return;
}

if (args is ["relay", ..])
{
    await KafkaRelayMeasurement.RunAsync(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100_000);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
