using AuditLog.PostgreSql.Tests.Integrity;
using AuditLog.PostgreSql.Writing;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace AuditLog.PostgreSql.Tests.Retention;

/// <summary>
/// Writes a new writer's chain of events at chosen times through the real sink (its binary COPY path,
/// in batches), for tests that need tens of thousands of rows.
/// </summary>
public static class BulkSeeder
{
    private const int BatchSize = 5_000;

    public static async Task<Guid> SeedAsync(string connectionString, int count, DateTimeOffset first, TimeSpan step)
    {
        await using var database = new AuditDatabase(NpgsqlDataSource.Create(connectionString), new PostgreSqlAuditOptions { MigrateOnStartup = false }, ownsDataSource: true);
        var sink = new PostgreSqlAuditSink(database, new AuditSchemaMigrator(database), NullLogger<PostgreSqlAuditSink>.Instance);
        for (var start = 1; start <= count; start += BatchSize)
        {
            var batch = Enumerable.Range(start, Math.Min(BatchSize, count - start + 1))
                .Select(sequence => Chains.Event(0, sequence, first + (step * sequence)))
                .ToArray();
            await sink.WriteAsync(batch, CancellationToken.None);
        }

        return sink.WriterIds.Single();
    }
}
