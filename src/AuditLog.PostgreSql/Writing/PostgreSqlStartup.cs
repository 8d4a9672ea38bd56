using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AuditLog.PostgreSql.Writing;

/// <summary>
/// Migrates the schema when the host starts (when <see cref="PostgreSqlAuditOptions.MigrateOnStartup"/>).
/// A database that is down at start-up does not stop the host: the sink migrates before its first write.
/// </summary>
internal sealed partial class PostgreSqlStartup(PostgreSqlAuditSink sink, ILogger<PostgreSqlStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await sink.EnsureMigratedAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is Npgsql.NpgsqlException or TimeoutException)
        {
            LogMigrationDeferred(logger, exception);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(1, LogLevel.Warning, "The audit schema could not be migrated at start-up; the PostgreSQL sink will try again before its first write.")]
    private static partial void LogMigrationDeferred(ILogger logger, Exception exception);
}
