using System.Reflection;
using System.Runtime.InteropServices;

namespace AuditLog.Testing.Kafka;

/// <summary>
/// Binds <see cref="NativeMethods"/> to the very librdkafka file Confluent.Kafka loaded, so the mock
/// cluster and the clients under test run on one copy of the library (one version, one set of globals).
/// </summary>
internal static class LibrdkafkaResolver
{
    private static readonly Lock Gate = new();
    private static bool registered;

    /// <summary>Installs the resolver for this assembly; later calls do nothing.</summary>
    internal static void EnsureRegistered()
    {
        lock (Gate)
        {
            if (registered)
            {
                return;
            }

            NativeLibrary.SetDllImportResolver(typeof(LibrdkafkaResolver).Assembly, Resolve);
            registered = true;
        }
    }

    /// <summary>Paths of the librdkafka files mapped into this process (Linux only; empty elsewhere).</summary>
    internal static IReadOnlyList<string> MappedLibraryPaths() =>
        OperatingSystem.IsLinux() ? MappedLibraryPaths(File.ReadLines("/proc/self/maps")) : [];

    /// <summary>Paths of the librdkafka files, any variant, named by lines in the format of <c>/proc/self/maps</c>.</summary>
    /// <param name="mapsLines">The lines of a maps file.</param>
    internal static IReadOnlyList<string> MappedLibraryPaths(IEnumerable<string> mapsLines)
    {
        var paths = new List<string>();
        foreach (string line in mapsLines)
        {
            // Fields: address perms offset dev inode [path]; only file-backed mappings carry a '/'.
            int slash = line.IndexOf('/', StringComparison.Ordinal);
            if (slash < 0 || line.EndsWith(" (deleted)", StringComparison.Ordinal))
            {
                continue;
            }

            string path = line[slash..];
            if (LibrdkafkaFileName.IsLibrdkafka(Path.GetFileName(path)) && !paths.Contains(path))
            {
                paths.Add(path);
            }
        }

        return paths;
    }

    private static nint Resolve(string libraryName, Assembly assembly, DllImportSearchPath? searchPath)
    {
        if (libraryName != NativeMethods.LibraryName)
        {
            return 0;
        }

        // Confluent.Kafka may have been pointed at a custom file (Library.Load(path)); let it load
        // first, then open whatever it mapped. dlopen of a loaded file returns the existing handle.
        _ = Confluent.Kafka.Library.Version;
        foreach (string path in MappedLibraryPaths())
        {
            // The mock cluster's entry points are the proof that this is librdkafka itself.
            if (NativeLibrary.TryLoad(path, out nint handle) && NativeLibrary.TryGetExport(handle, "rd_kafka_mock_cluster_new", out _))
            {
                return handle;
            }
        }

        // Not on Linux, or nothing mapped: the default probing uses the same name and deps.json
        // entry as Confluent.Kafka, which finds the same file.
        return 0;
    }
}
