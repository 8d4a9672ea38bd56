using Dapper;
using Npgsql;

namespace AuditLog.PostgreSql.Tests.Support;

/// <summary>Plain SQL for arranging and asserting, as the superuser with the trigger on; parameters are named (<c>@writer</c>, <c>new { writer }</c>).</summary>
public static class Sql
{
    public static async Task<T> ScalarAsync<T>(string connectionString, string sql, object? parameters = null)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        return (await connection.ExecuteScalarAsync<T>(sql, parameters))!;
    }

    /// <param name="commandTimeout">Seconds; 0 waits as long as it takes (bulk statements on large tables).</param>
    public static async Task ExecuteAsync(string connectionString, string sql, object? parameters = null, int? commandTimeout = null)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.ExecuteAsync(sql, parameters, commandTimeout: commandTimeout);
    }

    public static async Task<List<Guid>> IdsAsync(string connectionString, string sql, object? parameters = null)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        return (await connection.QueryAsync<Guid>(sql, parameters)).AsList();
    }
}
