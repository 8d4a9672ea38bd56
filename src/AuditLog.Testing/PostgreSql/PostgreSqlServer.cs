using System.Text.RegularExpressions;
using AuditLog.Testing.PostgreSql;
using Npgsql;

namespace AuditLog.Testing;

/// <summary>
/// A throwaway PostgreSQL server for tests, with a fresh database of its own.
/// </summary>
/// <remarks>
/// <para>
/// Without <c>CDK_DATABASE_URL</c>, <see cref="StartAsync(CancellationToken)"/> runs <c>initdb</c> in a temporary folder
/// and starts <c>postgres</c> on 127.0.0.1 and a free port (as the <c>postgres</c> system user when
/// the test process is root, since PostgreSQL refuses root). <see cref="DisposeAsync"/> stops it and
/// deletes the folder; if the test process dies first, a watchdog process does both.
/// </para>
/// <para>
/// With <c>CDK_DATABASE_URL</c> (<c>postgresql://user:password@host:port/database</c>), that server is
/// used instead: only the databases this instance created are dropped on dispose.
/// </para>
/// </remarks>
public sealed partial class PostgreSqlServer : IAsyncDisposable
{
    /// <summary>The environment variable naming an existing server to use instead of starting one.</summary>
    internal const string DatabaseUrlVariable = "CDK_DATABASE_URL";

    private readonly LocalCluster? cluster;
    private readonly NpgsqlConnectionStringBuilder server;
    private readonly string adminConnectionString;
    private readonly List<string> createdDatabases = [];
    private readonly SemaphoreSlim lifecycle = new(1, 1);
    private int disposed;

    private PostgreSqlServer(NpgsqlConnectionStringBuilder server, LocalCluster? cluster, string database)
    {
        this.server = server;
        this.cluster = cluster;
        adminConnectionString = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Pooling = false }.ConnectionString;
        Database = database;
        ConnectionString = ConnectionStringFor(database);
        ConnectionUrl = DatabaseUrl.Format(new NpgsqlConnectionStringBuilder(ConnectionString));
    }

    /// <summary>The server's host name or address.</summary>
    public string Host => server.Host!;

    /// <summary>The server's TCP port.</summary>
    public int Port => server.Port;

    /// <summary>The user the connection strings log in as (<c>postgres</c> on a server started here).</summary>
    public string Username => server.Username!;

    /// <summary>The name of the database created for this instance.</summary>
    public string Database { get; }

    /// <summary>An Npgsql connection string for <see cref="Database"/>.</summary>
    public string ConnectionString { get; }

    /// <summary>
    /// <see cref="Database"/> as <c>postgresql://user@host:port/database</c>, the form of
    /// <c>CDK_DATABASE_URL</c>; it includes the password when the server needs one.
    /// </summary>
    public string ConnectionUrl { get; }

    /// <summary>The temporary folder of a server started here, or null for a <c>CDK_DATABASE_URL</c> server.</summary>
    internal string? ClusterDirectory => cluster?.Directory;

    /// <summary>
    /// Starts a server (or attaches to the one <c>CDK_DATABASE_URL</c> names) and creates a database
    /// with a unique name on it.
    /// </summary>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The server, ready for connections.</returns>
    /// <exception cref="InvalidOperationException">The PostgreSQL programs are missing or failed; the message holds the command and its output.</exception>
    /// <exception cref="TimeoutException">The server did not accept connections in time; the message holds the end of its log.</exception>
    /// <exception cref="FormatException"><c>CDK_DATABASE_URL</c> is not a PostgreSQL URL.</exception>
    public static Task<PostgreSqlServer> StartAsync(CancellationToken cancellationToken = default)
    {
        string? url = Environment.GetEnvironmentVariable(DatabaseUrlVariable);
        return string.IsNullOrWhiteSpace(url) ? StartLocalAsync(durable: false, cancellationToken) : AttachAsync(url, cancellationToken);
    }

    /// <summary>
    /// Like <see cref="StartAsync(CancellationToken)"/>, but a server started here keeps PostgreSQL's durable defaults
    /// (<c>fsync</c>, <c>synchronous_commit</c> and <c>full_page_writes</c> on), as a production server would: for
    /// measurements. A <c>CDK_DATABASE_URL</c> server keeps its own settings.
    /// </summary>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The server, ready for connections.</returns>
    /// <exception cref="InvalidOperationException">The PostgreSQL programs are missing or failed; the message holds the command and its output.</exception>
    /// <exception cref="TimeoutException">The server did not accept connections in time; the message holds the end of its log.</exception>
    /// <exception cref="FormatException"><c>CDK_DATABASE_URL</c> is not a PostgreSQL URL.</exception>
    public static Task<PostgreSqlServer> StartDurableAsync(CancellationToken cancellationToken = default)
    {
        string? url = Environment.GetEnvironmentVariable(DatabaseUrlVariable);
        return string.IsNullOrWhiteSpace(url) ? StartLocalAsync(durable: true, cancellationToken) : AttachAsync(url, cancellationToken);
    }

    /// <summary>Starts a server of its own, whatever <c>CDK_DATABASE_URL</c> says.</summary>
    internal static Task<PostgreSqlServer> StartLocalAsync(CancellationToken cancellationToken) => StartLocalAsync(durable: false, cancellationToken);

    /// <summary>Starts a server of its own, durable or not, whatever <c>CDK_DATABASE_URL</c> says.</summary>
    internal static async Task<PostgreSqlServer> StartLocalAsync(bool durable, CancellationToken cancellationToken)
    {
        LocalCluster cluster = await LocalCluster.StartAsync(durable, cancellationToken).ConfigureAwait(false);
        try
        {
            return await CreateAsync(new NpgsqlConnectionStringBuilder(cluster.ConnectionString), cluster, cancellationToken)
                .ConfigureAwait(false);
        }
        catch
        {
            await cluster.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Uses the existing server <paramref name="url"/> names, creating a fresh database on it.</summary>
    internal static Task<PostgreSqlServer> AttachAsync(string url, CancellationToken cancellationToken) =>
        CreateAsync(DatabaseUrl.Parse(url), cluster: null, cancellationToken);

    /// <summary>Creates another empty database on the server, for a test that wants one to itself.</summary>
    /// <param name="name">The database name: lower-case letters, digits and underscores, starting with a letter or underscore, at most 63 characters; null for a unique one.</param>
    /// <param name="cancellationToken">Cancels the creation.</param>
    /// <returns>An Npgsql connection string for the new database.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not such a name.</exception>
    /// <exception cref="PostgresException">The server refused, e.g. the database exists.</exception>
    public async Task<string> CreateDatabaseAsync(string? name = null, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref disposed) != 0, this);
        if (name is not null && !DatabaseNamePattern().IsMatch(name))
        {
            throw new ArgumentException(
                "Use lower-case letters, digits and underscores, starting with a letter or underscore, at most 63 characters.",
                nameof(name));
        }

        name ??= NewDatabaseName();
        await ExecuteAdminAsync($"CREATE DATABASE \"{name}\"", cancellationToken).ConfigureAwait(false);
        lock (createdDatabases)
        {
            createdDatabases.Add(name);
        }

        return ConnectionStringFor(name);
    }

    /// <summary>
    /// Shuts the server down cleanly, keeping its data, to simulate an outage. Open and pooled
    /// connections break; call <see cref="RestartAsync"/> to bring it back.
    /// </summary>
    /// <param name="cancellationToken">Cancels the wait for the shutdown.</param>
    /// <returns>A task that completes when the server process has exited.</returns>
    /// <exception cref="NotSupportedException">The server comes from <c>CDK_DATABASE_URL</c>.</exception>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        LocalCluster local = OwnCluster();
        await lifecycle.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(Volatile.Read(ref disposed) != 0, this);
            await local.StopAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            lifecycle.Release();
        }
    }

    /// <summary>Starts the server again on the same data and port (stopping it first if it runs).</summary>
    /// <param name="cancellationToken">Cancels the restart.</param>
    /// <returns>A task that completes when the server accepts connections again.</returns>
    /// <exception cref="NotSupportedException">The server comes from <c>CDK_DATABASE_URL</c>.</exception>
    public async Task RestartAsync(CancellationToken cancellationToken = default)
    {
        LocalCluster local = OwnCluster();
        await lifecycle.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(Volatile.Read(ref disposed) != 0, this);
            await local.RestartAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            lifecycle.Release();
        }
    }

    /// <summary>
    /// Stops a server started here and deletes its folder, or drops the databases this instance
    /// created on a <c>CDK_DATABASE_URL</c> server; later calls do nothing.
    /// </summary>
    /// <returns>A task that completes when everything is cleaned up.</returns>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) != 0)
        {
            return;
        }

        // Waits for a stop or restart under way to finish before tearing down.
        await lifecycle.WaitAsync().ConfigureAwait(false);
        try
        {
            string[] databases;
            lock (createdDatabases)
            {
                databases = [.. createdDatabases];
            }

            // Idle pooled connections would point at a dropped database or a dead port.
            foreach (string database in databases)
            {
                using var connection = new NpgsqlConnection(ConnectionStringFor(database));
                NpgsqlConnection.ClearPool(connection);
            }

            if (cluster is not null)
            {
                await cluster.DisposeAsync().ConfigureAwait(false);
                return;
            }

            foreach (string database in databases)
            {
                await ExecuteAdminAsync($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", CancellationToken.None).ConfigureAwait(false);
            }
        }
        finally
        {
            lifecycle.Release();
        }
    }

    private static async Task<PostgreSqlServer> CreateAsync(
        NpgsqlConnectionStringBuilder server,
        LocalCluster? cluster,
        CancellationToken cancellationToken)
    {
        var instance = new PostgreSqlServer(server, cluster, NewDatabaseName());
        await instance.ExecuteAdminAsync($"CREATE DATABASE \"{instance.Database}\"", cancellationToken).ConfigureAwait(false);
        lock (instance.createdDatabases)
        {
            instance.createdDatabases.Add(instance.Database);
        }

        return instance;
    }

    private static string NewDatabaseName() => $"auditlog_test_{Guid.NewGuid():N}"[..26];

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex DatabaseNamePattern();

    private string ConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = database }.ConnectionString;

    private LocalCluster OwnCluster() =>
        cluster ?? throw new NotSupportedException(
            $"Only a server started by {nameof(PostgreSqlServer)} can be stopped or restarted, not one from {DatabaseUrlVariable}.");

    // Statements here are built only from validated or generated identifiers, never from user text.
    private async Task ExecuteAdminAsync(string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(adminConnectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
