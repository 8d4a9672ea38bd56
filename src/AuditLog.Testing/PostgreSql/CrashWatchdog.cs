using System.Diagnostics;

namespace AuditLog.Testing.PostgreSql;

/// <summary>
/// A small shell process that outlives a crashed test process: once this process is gone while the
/// cluster folder still exists, it stops the server (immediate shutdown) and deletes the folder.
/// </summary>
/// <remarks>
/// A parent-death signal (setpriv --pdeathsig) would not do: Linux sends it when the forking
/// thread exits, and .NET forks from whatever pool thread called Process.Start.
/// </remarks>
internal sealed class CrashWatchdog : IDisposable
{
    // $1: pid to watch, $2: cluster folder. INT and HUP are ignored so a Ctrl+C aimed at the test
    // run's process group does not kill the watchdog before it has cleaned up.
    private const string Script = """
        trap '' INT HUP
        while kill -0 "$1" 2>/dev/null && [ -d "$2" ]; do sleep 1; done
        [ -d "$2" ] || exit 0
        pid=$(head -n 1 "$2/data/postmaster.pid" 2>/dev/null)
        if [ -n "$pid" ] && [ "$(cat /proc/$pid/comm 2>/dev/null)" = postgres ]; then
          kill -QUIT "$pid"
          sleep 2
        fi
        rm -rf "$2"
        """;

    private readonly Process process;

    private CrashWatchdog(Process process) => this.process = process;

    /// <summary>Starts watching this process on behalf of the cluster in <paramref name="clusterDirectory"/>.</summary>
    internal static CrashWatchdog Start(string clusterDirectory)
    {
        var info = new ProcessStartInfo("/bin/sh") { UseShellExecute = false };
        foreach (string argument in new[] { "-c", Script, "auditlog-postgres-watchdog", Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture), clusterDirectory })
        {
            info.ArgumentList.Add(argument);
        }

        return new CrashWatchdog(Process.Start(info) ?? throw new InvalidOperationException("Could not start /bin/sh for the PostgreSQL watchdog."));
    }

    /// <summary>Ends the watchdog: the cluster was cleaned up normally.</summary>
    public void Dispose()
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It already exited, having seen the folder disappear.
        }

        process.Dispose();
    }
}
