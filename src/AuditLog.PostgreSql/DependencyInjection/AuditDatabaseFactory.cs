using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;

namespace AuditLog.PostgreSql;

/// <summary>
/// Chooses the database: the configured connection string, else an <see cref="NpgsqlDataSource"/> the
/// host registered, else the <c>CDK_DATABASE_*</c> variables.
/// </summary>
internal static class AuditDatabaseFactory
{
    public static AuditDatabase Create(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<PostgreSqlAuditOptions>>().Value;
        if (options.ConnectionString is { } connectionString)
        {
            return new AuditDatabase(NpgsqlDataSource.Create(connectionString), options, ownsDataSource: true);
        }

        if (services.GetService<NpgsqlDataSource>() is { } hostDataSource)
        {
            return new AuditDatabase(hostDataSource, options, ownsDataSource: false);
        }

        var database = services.GetRequiredService<IOptions<AuditDatabaseOptions>>().Value;
        if (!database.IsConfigured)
        {
            throw new InvalidOperationException(
                "AddPostgreSql() found no database: set CDK_DATABASE_URL (or CDK_DATABASE_HOST and CDK_DATABASE_NAME), " +
                $"{PostgreSqlAuditOptions.SectionName}:ConnectionString, or register an NpgsqlDataSource.");
        }

        return new AuditDatabase(NpgsqlDataSource.Create(ToConnectionString(database)), options, ownsDataSource: true);
    }

    public static string ToConnectionString(AuditDatabaseOptions database) => new NpgsqlConnectionStringBuilder
    {
        Host = database.Host,
        Port = database.Port,
        Database = database.Name,
        Username = database.Username,
        Password = database.Password,
    }.ConnectionString;
}
