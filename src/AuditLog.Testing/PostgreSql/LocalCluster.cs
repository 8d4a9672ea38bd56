using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace AuditLog.Testing.PostgreSql;

/// <summary>
/// A PostgreSQL cluster in a temporary folder, served by a <c>postgres</c> process this process
/// started, on 127.0.0.1 and a free port, with trust authentication for the superuser <c>postgres</c>.
/// </summary>
internal sealed class LocalCluster : IAsyncDisposable
{
    /// <summary>The superuser initdb creates; also the system user servers run as under root.</summary>
    internal const string Superuser = "postgres";

    /// <summary>The address the server listens on.</summary>
    internal const string Host = "127.0.0.1";

    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(30);

    private readonly PostgreSqlBinaries binaries;
    private readonly CommandRunner runner;
    private readonly ServerLog log = new(capacity: 100);
    private readonly CrashWatchdog watchdog;
    private Process? server;

    private readonly bool durable;

    private LocalCluster(PostgreSqlBinaries binaries, CommandRunner runner, string directory, CrashWatchdog watchdog, bool durable)
    {
        this.durable = durable;
        this.binaries = binaries;
        this.runner = runner;
        this.watchdog = watchdog;
        Directory = directory;
        Port = FreeTcpPort.Find();
    }

    /// <summary>The temporary folder holding the data directory and the Unix socket.</summary>
    internal string Directory { get; }

    /// <summary>The TCP port the server listens on, kept across restarts.</summary>
    internal int Port { get; }

    private string DataDirectory => Path.Combine(Directory, "data");

    /// <summary>Connects to the <c>postgres</c> database as the superuser.</summary>
    internal string ConnectionString => new NpgsqlConnectionStringBuilder
    {
        Host = Host,
        Port = Port,
        Username = Superuser,
        Database = "postgres",
    }.ConnectionString;

    /// <summary>Creates the cluster and starts its server, durable (PostgreSQL's defaults) or not (fsync off).</summary>
    internal static async Task<LocalCluster> StartAsync(bool durable, CancellationToken cancellationToken)
    {
        PostgreSqlBinaries binaries = PostgreSqlBinaries.Locate();
        var runner = new CommandRunner(Environment.IsPrivilegedProcess ? Superuser : null);
        string directory = System.IO.Directory.CreateTempSubdirectory("auditlog-pg-").FullName;
        var cluster = new LocalCluster(binaries, runner, directory, CrashWatchdog.Start(directory), durable);
        try
        {
            await cluster.InitializeAsync(cancellationToken).ConfigureAwait(false);
            await cluster.StartServerAsync(cancellationToken).ConfigureAwait(false);
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Shuts the server down cleanly (fast mode), keeping the data; does nothing if it is not running.</summary>
    internal async Task StopAsync(CancellationToken cancellationToken)
    {
        if (server is null || server.HasExited)
        {
            return;
        }

        await RunPgCtlStopAsync("fast", cancellationToken).ConfigureAwait(false);
        await WaitForServerExitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Starts the server again on the same data and port, stopping it first if it runs.</summary>
    internal async Task RestartAsync(CancellationToken cancellationToken)
    {
        await StopAsync(cancellationToken).ConfigureAwait(false);
        await StartServerAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Stops the server (immediate mode: nothing is worth keeping) and deletes the folder.</summary>
    public async ValueTask DisposeAsync()
    {
        if (server is not null)
        {
            if (!server.HasExited)
            {
                try
                {
                    await RunPgCtlStopAsync("immediate", CancellationToken.None).ConfigureAwait(false);
                    await WaitForServerExitAsync(CancellationToken.None).ConfigureAwait(false);
                }
                catch (Exception exception) when (exception is InvalidOperationException or TimeoutException)
                {
                    // pg_ctl could not stop it; killing the postmaster still frees the port, and its
                    // backends notice the postmaster's death and exit on their own.
                    server.Kill(entireProcessTree: true);
                    await server.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
                }
            }

            server.Dispose();
            server = null;
        }

        if (System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }

        watchdog.Dispose();
    }

    private async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (runner.ServerUser is not null)
        {
            // The temporary folder is created 0700 for this (root) process; the server user must own it.
            await runner.RunAsync("chown", [runner.ServerUser, Directory], Directory, asServerUser: false, CommandTimeout, cancellationToken)
                .ConfigureAwait(false);
        }

        string[] arguments =
        [
            "--pgdata", DataDirectory,
            "--username", Superuser,
            "--auth", "trust",
            "--encoding", "UTF8",
            "--locale", "C",
            "--no-sync",
        ];
        await runner.RunAsync(binaries.InitDb, arguments, Directory, asServerUser: true, CommandTimeout, cancellationToken)
            .ConfigureAwait(false);
    }

    private async Task StartServerAsync(CancellationToken cancellationToken)
    {
        // A test server: durability is not worth the time, unless the server is there to be measured.
        string onOff = durable ? "on" : "off";
        string[] arguments =
        [
            "-D", DataDirectory,
            "-k", Directory,
            "-p", Port.ToString(CultureInfo.InvariantCulture),
            "-c", $"listen_addresses={Host}",
            "-c", $"fsync={onOff}",
            "-c", $"synchronous_commit={onOff}",
            "-c", $"full_page_writes={onOff}",
            "-c", "max_connections=200",
        ];
        ProcessStartInfo info = runner.CreateStartInfo(binaries.Postgres, arguments, Directory, asServerUser: true);
        var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => log.Add(e.Data);
        process.ErrorDataReceived += (_, e) => log.Add(e.Data);
        if (!process.Start())
        {
            process.Dispose();
            throw new InvalidOperationException($"Could not start '{CommandRunner.Describe(info)}'.");
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        server?.Dispose();
        server = process;
        await WaitUntilReadyAsync(process, info, cancellationToken).ConfigureAwait(false);
    }

    private async Task WaitUntilReadyAsync(Process process, ProcessStartInfo info, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var probe = new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false, Timeout = 2 }.ConnectionString;
        while (true)
        {
            if (process.HasExited)
            {
                await DrainOutputAsync(process).ConfigureAwait(false);
                throw new InvalidOperationException(
                    $"PostgreSQL exited with code {process.ExitCode} while starting ('{CommandRunner.Describe(info)}'). Server log:{Environment.NewLine}{log.Tail()}");
            }

            try
            {
                await using var connection = new NpgsqlConnection(probe);
                await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (NpgsqlException) when (clock.Elapsed < StartTimeout)
            {
                // Not listening yet, or "the database system is starting up".
            }
            catch (NpgsqlException exception)
            {
                throw new TimeoutException(
                    $"PostgreSQL did not accept connections on {Host}:{Port} within {StartTimeout.TotalSeconds:0} s. Server log:{Environment.NewLine}{log.Tail()}",
                    exception);
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50), cancellationToken).ConfigureAwait(false);
        }
    }

    private Task RunPgCtlStopAsync(string mode, CancellationToken cancellationToken) =>
        runner.RunAsync(
            binaries.PgCtl,
            ["stop", "--pgdata", DataDirectory, "--mode", mode, "--wait", "--timeout", StopTimeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)],
            Directory,
            asServerUser: true,
            StopTimeout + TimeSpan.FromSeconds(5),
            cancellationToken);

    private static async Task DrainOutputAsync(Process process)
    {
        // WaitForExitAsync also waits for the output readers to reach the end, so the log tail is whole.
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        try
        {
            await process.WaitForExitAsync(deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // A backend still holds the pipe open; report what arrived so far.
        }
    }

    private async Task WaitForServerExitAsync(CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(StopTimeout);
        try
        {
            await server!.WaitForExitAsync(deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"PostgreSQL on {Host}:{Port} did not exit within {StopTimeout.TotalSeconds:0} s of pg_ctl stop.");
        }
    }
}
