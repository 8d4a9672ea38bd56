using AuditLog.PostgreSql.Tests.Support;

namespace AuditLog.PostgreSql.Tests.Reading;

/// <summary>One database seeded with <see cref="SampleLog"/> for the whole run: the tests that only read share it.</summary>
public static class SharedSampleLog
{
    private static readonly Lock Gate = new();
    private static Task<ReadingDatabase>? database;

    public static Task<ReadingDatabase> GetAsync(PostgreSqlFixture postgres)
    {
        lock (Gate)
        {
            return database ??= ReadingDatabase.CreateAsync(postgres, SampleLog.Events);
        }
    }
}
