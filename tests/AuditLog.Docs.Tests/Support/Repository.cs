namespace AuditLog.Docs.Tests.Support;

/// <summary>Files of the repository the tests read (and, for generated sections, write).</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(string relativePath) => Path.Combine(Root, relativePath);

    /// <summary>README.md, then every package's README, as paths relative to the root.</summary>
    public static IEnumerable<string> Readmes() =>
        new[] { "README.md" }.Concat(
            Directory.GetDirectories(PathOf("src"))
                .Select(directory => Path.Combine(directory, "README.md"))
                .Where(File.Exists)
                .Order(StringComparer.Ordinal)
                .Select(path => Path.GetRelativePath(Root, path)));

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "AuditLog.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No AuditLog.sln above {AppContext.BaseDirectory}.");
    }
}
