using Dapper;
using Npgsql;

namespace AuditLog.Cli.Tests.Support;

/// <summary>Direct access to a test database, around the tool.</summary>
public static class Database
{
    /// <summary>The connection string as a <c>postgresql://</c> URL, the form of <c>CDK_DATABASE_URL</c>.</summary>
    public static string Url(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var password = string.IsNullOrEmpty(builder.Password) ? string.Empty : ":" + Uri.EscapeDataString(builder.Password);
        return $"postgresql://{Uri.EscapeDataString(builder.Username!)}{password}@{builder.Host}:{builder.Port}/{builder.Database}";
    }

    public static async Task<bool> TableExistsAsync(string connectionString, string table)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        return await connection.ExecuteScalarAsync<bool>("SELECT to_regclass(@table) IS NOT NULL", new { table });
    }

    /// <summary>Runs SQL as the server's superuser (tests tamper with rows the tool then inspects).</summary>
    public static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.ExecuteAsync(sql);
    }
}
