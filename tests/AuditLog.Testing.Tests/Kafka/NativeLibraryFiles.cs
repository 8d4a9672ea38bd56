namespace AuditLog.Testing.Tests.Kafka;

/// <summary>The native files the <c>librdkafka.redist</c> package put beside the test assembly.</summary>
internal static class NativeLibraryFiles
{
    /// <summary>Every librdkafka C library the package ships, for every platform and variant.</summary>
    /// <remarks>Selected by what the package holds, not by the matcher under test: any file whose name
    /// mentions rdkafka, less the C++ wrapper.</remarks>
    internal static IReadOnlyList<string> Shipped() =>
        Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "runtimes"), "*", SearchOption.AllDirectories)
            .Where(path => Path.GetFileName(path).Contains("rdkafka", StringComparison.Ordinal))
            .Where(path => !Path.GetFileName(path).Contains("rdkafkacpp", StringComparison.Ordinal))
            .ToArray();
}
