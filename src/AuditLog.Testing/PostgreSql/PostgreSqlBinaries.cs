using System.Globalization;

namespace AuditLog.Testing.PostgreSql;

/// <summary>The PostgreSQL server programs, all from one installation.</summary>
/// <param name="InitDb">The path of <c>initdb</c>.</param>
/// <param name="PgCtl">The path of <c>pg_ctl</c>.</param>
/// <param name="Postgres">The path of <c>postgres</c>.</param>
internal sealed record PostgreSqlBinaries(string InitDb, string PgCtl, string Postgres)
{
    private const string DebianRoot = "/usr/lib/postgresql";

    /// <summary>
    /// Looks in the folder of the <c>initdb</c> found on PATH (symbolic links followed), then in
    /// Debian's <c>/usr/lib/postgresql/VERSION/bin</c>, highest version first.
    /// </summary>
    /// <exception cref="InvalidOperationException">No folder holds all three programs.</exception>
    internal static PostgreSqlBinaries Locate()
    {
        foreach (string directory in CandidateDirectories())
        {
            var binaries = new PostgreSqlBinaries(
                Path.Combine(directory, "initdb"),
                Path.Combine(directory, "pg_ctl"),
                Path.Combine(directory, "postgres"));
            if (File.Exists(binaries.InitDb) && File.Exists(binaries.PgCtl) && File.Exists(binaries.Postgres))
            {
                return binaries;
            }
        }

        throw new InvalidOperationException(
            $"PostgreSQL server programs (initdb, pg_ctl, postgres) were found neither on PATH nor in {DebianRoot}/*/bin. "
            + $"Install the PostgreSQL server, or set {PostgreSqlServer.DatabaseUrlVariable} to use an existing server.");
    }

    private static IEnumerable<string> CandidateDirectories()
    {
        string? onPath = FindOnPath("initdb");
        if (onPath is not null)
        {
            // Distributions link initdb into PATH; pg_ctl and postgres sit next to the link's target.
            string target = new FileInfo(onPath).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? onPath;
            yield return Path.GetDirectoryName(target)!;
            yield return Path.GetDirectoryName(onPath)!;
        }

        if (Directory.Exists(DebianRoot))
        {
            var versions = Directory.EnumerateDirectories(DebianRoot)
                .Select(directory => (directory, version: decimal.TryParse(Path.GetFileName(directory), NumberStyles.Number, CultureInfo.InvariantCulture, out decimal version) ? version : -1))
                .OrderByDescending(candidate => candidate.version);
            foreach (var (directory, _) in versions)
            {
                yield return Path.Combine(directory, "bin");
            }
        }
    }

    private static string? FindOnPath(string program)
    {
        string[] directories = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return directories.Select(directory => Path.Combine(directory, program)).FirstOrDefault(File.Exists);
    }
}
