using Dapper;
using Npgsql;

namespace AuditLog.Testing.Tests.PostgreSql;

/// <summary>One-statement helpers, so tests show what they check rather than ADO.NET plumbing.</summary>
internal static class Sql
{
    public static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.ExecuteAsync(sql);
    }

    public static async Task<T> ScalarAsync<T>(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        return (await connection.ExecuteScalarAsync<T>(sql))!;
    }

    /// <summary>Without pooling: a pooled connection could outlive the server it points at.</summary>
    public static string Unpooled(string connectionString) =>
        new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString;
}
