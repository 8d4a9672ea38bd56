using System.Buffers.Binary;
using System.Data;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using AuditLog.PostgreSql.Schema;
using Npgsql;

namespace AuditLog.PostgreSql.Outbox;

/// <summary>
/// The right to relay one destination: a session-level advisory lock held on a connection of its own, which
/// also listens for commits. One relay is active per schema and destination across every process; when the
/// holder dies, PostgreSQL ends its session and the lock is free for another.
/// </summary>
/// <remarks>
/// The connection comes from the database's data source, so it authenticates as every other connection does,
/// and it stays out of the pool while the lease is held. The server is asked to probe the client with TCP
/// keepalives, so a holder whose host vanished loses its session (and the lock) in about half a minute; the
/// lease itself checks its connection every <see cref="CheckInterval"/> and cancels <see cref="Lost"/> when it
/// broke.
/// </remarks>
internal sealed class RelayLease : IAsyncDisposable
{
    /// <summary>How often the connection is checked while nothing else uses it.</summary>
    internal static readonly TimeSpan CheckInterval = TimeSpan.FromSeconds(1);

    private const int CheckTimeoutSeconds = 5;

    private readonly NpgsqlConnection connection;
    private readonly long key;
    private readonly string schema;
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly CancellationTokenSource lost = new();
    private readonly CancellationTokenSource stopping = new();
    private readonly Task monitor;
    private int notified;
    private int disposed;

    private RelayLease(NpgsqlConnection connection, long key, string schema)
    {
        this.connection = connection;
        this.key = key;
        this.schema = schema;
        connection.Notification += OnNotification;
        monitor = Task.Run(MonitorAsync);
    }

    /// <summary>Cancelled when the lease is no longer held: its connection broke, or it was disposed.</summary>
    public CancellationToken Lost => lost.Token;

    /// <summary>
    /// Takes the lease for <paramref name="destination"/> in the database's schema, or returns
    /// <see langword="null"/> at once when another session holds it.
    /// </summary>
    public static async Task<RelayLease?> TryAcquireAsync(AuditDatabase database, string destination, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentException.ThrowIfNullOrEmpty(destination);
        var key = LockKey(database.Schema, destination);
        var connection = await database.DataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var mayHoldLock = false;
        try
        {
            // Server-side keepalives: a holder whose host is gone is dropped, and its lock freed, within
            // 10 + 5 × 3 seconds instead of the operating system's two hours. Ignored on Unix sockets.
            await using (var settings = new NpgsqlCommand("SET tcp_keepalives_idle = 10; SET tcp_keepalives_interval = 5; SET tcp_keepalives_count = 3", connection))
            {
                await settings.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await using var tryLock = new NpgsqlCommand("SELECT pg_try_advisory_lock($1)", connection);
            tryLock.Parameters.Add(new NpgsqlParameter<long> { TypedValue = key });
            mayHoldLock = true;
            if (await tryLock.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not true)
            {
                await connection.DisposeAsync().ConfigureAwait(false);
                return null;
            }

            await using (var listen = new NpgsqlCommand($"LISTEN {EventsTable.CommitChannel}", connection))
            {
                await listen.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            return new RelayLease(connection, key, database.Schema.Value);
        }
        catch
        {
            if (mayHoldLock)
            {
                // The lock may be held: the connection must not go back to the pool with it.
                NpgsqlConnection.ClearPool(connection);
            }

            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Waits until a transaction of this schema commits a batch (a chain head moved); true then, with every
    /// notification already received consumed, false when <paramref name="timeout"/> passes first. A commit
    /// since the previous call returned, even before this call, counts.
    /// </summary>
    /// <param name="timeout">How long to wait; <see cref="Timeout.InfiniteTimeSpan"/> waits until a commit.</param>
    /// <param name="cancellationToken">Ends the wait; the lease stays held.</param>
    /// <exception cref="NpgsqlException">The connection broke (or <see cref="InvalidOperationException"/> when it already had); <see cref="Lost"/> is cancelled.</exception>
    public async Task<bool> WaitForCommitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref disposed) != 0, this);
        if (timeout < TimeSpan.Zero && timeout != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(timeout), timeout, "The timeout must be positive, zero or infinite.");
        }

        var started = Stopwatch.GetTimestamp();
        while (true)
        {
            await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                // Reads every notification the server sent before its reply: what arrived is consumed now.
                await CheckAsync(cancellationToken).ConfigureAwait(false);
                if (Interlocked.Exchange(ref notified, 0) != 0)
                {
                    return true;
                }

                var remaining = timeout == Timeout.InfiniteTimeSpan ? CheckInterval : timeout - Stopwatch.GetElapsedTime(started);
                if (remaining <= TimeSpan.Zero)
                {
                    return false;
                }

                // In slices, so that a connection gone silent is found by the next check.
                await connection.WaitAsync(SliceMilliseconds(remaining), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                MarkLost();
                throw;
            }
            finally
            {
                gate.Release();
            }
        }
    }

    /// <summary>Releases the lock and closes the connection; calling it again does nothing.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) != 0)
        {
            return;
        }

        await stopping.CancelAsync().ConfigureAwait(false);
        await monitor.ConfigureAwait(false);
        await gate.WaitAsync().ConfigureAwait(false);
        connection.Notification -= OnNotification;

        // A broken connection is discarded, not pooled: its session, and the lock, ended with it.
        if (connection.FullState == ConnectionState.Open && !await TryReleaseAsync().ConfigureAwait(false))
        {
            // Still open but not released: the connection must not return to the pool holding the lock.
            NpgsqlConnection.ClearPool(connection);
        }

        await connection.DisposeAsync().ConfigureAwait(false);
        await lost.CancelAsync().ConfigureAwait(false);
        gate.Dispose();
        stopping.Dispose();
    }

    /// <summary>
    /// The next wait, in the whole milliseconds Npgsql takes: at most <see cref="CheckInterval"/>, and at least 1, since
    /// Npgsql waits without end for 0 (a remainder under 1 ms once hung a wait that should have timed out).
    /// </summary>
    internal static int SliceMilliseconds(TimeSpan remaining) =>
        (int)Math.Clamp(Math.Ceiling(remaining.TotalMilliseconds), 1, CheckInterval.TotalMilliseconds);

    /// <summary>The advisory lock key of a schema and destination: stable across processes, versions and servers.</summary>
    internal static long LockKey(SchemaName schema, string destination)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes($"auditlog.relay\n{schema.Value}\n{destination}"), hash);
        return BinaryPrimitives.ReadInt64BigEndian(hash);
    }

    private async Task<bool> TryReleaseAsync()
    {
        try
        {
            await using var release = new NpgsqlBatch(connection) { Timeout = CheckTimeoutSeconds };
            var unlock = new NpgsqlBatchCommand("SELECT pg_advisory_unlock($1)");
            unlock.Parameters.Add(new NpgsqlParameter<long> { TypedValue = key });
            release.BatchCommands.Add(unlock);
            release.BatchCommands.Add(new NpgsqlBatchCommand($"UNLISTEN {EventsTable.CommitChannel}"));
            await release.ExecuteNonQueryAsync().ConfigureAwait(false);
            return true;
        }
        catch (Exception exception) when (exception is NpgsqlException or InvalidOperationException)
        {
            return false;
        }
    }

    // Checks the connection whenever no wait is using it (a wait checks it itself).
    private async Task MonitorAsync()
    {
        try
        {
            while (true)
            {
                await Task.Delay(CheckInterval, stopping.Token).ConfigureAwait(false);
                if (!await gate.WaitAsync(0, CancellationToken.None).ConfigureAwait(false))
                {
                    continue;
                }

                try
                {
                    await CheckAsync(stopping.Token).ConfigureAwait(false);
                }
                finally
                {
                    gate.Release();
                }
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Disposed.
        }
        catch (Exception exception) when (exception is NpgsqlException or InvalidOperationException or OperationCanceledException)
        {
            MarkLost();
        }
    }

    // A round trip: notifications that arrived before it are dispatched, a broken connection throws.
    private async Task CheckAsync(CancellationToken cancellationToken)
    {
        await using var check = new NpgsqlCommand("SELECT 1", connection) { CommandTimeout = CheckTimeoutSeconds };
        await check.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private void OnNotification(object sender, NpgsqlNotificationEventArgs notification)
    {
        if (notification.Channel == EventsTable.CommitChannel && notification.Payload == schema)
        {
            Volatile.Write(ref notified, 1);
        }
    }

    // The source is never disposed, so Lost stays readable after DisposeAsync; it holds no timer.
    private void MarkLost() => lost.Cancel();
}
