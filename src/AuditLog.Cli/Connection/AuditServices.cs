using AuditLog.PostgreSql;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;

namespace AuditLog.Cli.Connection;

/// <summary>
/// The audit log's services for one command, registered as a host would (<c>AddAuditLog().AddPostgreSql()</c>)
/// so the tool connects exactly like the applications whose events it reads. Disposing closes the database.
/// </summary>
internal sealed class AuditServices : IAsyncDisposable
{
    private readonly ServiceProvider provider;

    private AuditServices(ServiceProvider provider, string schema, string database, IReadOnlyList<string> secrets)
    {
        this.provider = provider;
        Schema = schema;
        Database = database;
        Secrets = secrets;
    }

    /// <summary>The schema holding the audit tables.</summary>
    public string Schema { get; }

    /// <summary>The database as <c>user@host:port/name</c>, for messages: never the password.</summary>
    public string Database { get; }

    /// <summary>Passwords in play, so error messages can be scrubbed of them whatever their source.</summary>
    public IReadOnlyList<string> Secrets { get; }

    /// <summary>
    /// Registers the services and resolves the database: <paramref name="connection"/> when given, else the
    /// <c>AuditLog:PostgreSql:ConnectionString</c> setting, else the <c>CDK_DATABASE_*</c> variables.
    /// </summary>
    /// <exception cref="CliException">No database is configured, or the connection text is malformed.</exception>
    /// <exception cref="OptionsValidationException">The <c>CDK_DATABASE_*</c> variables are invalid.</exception>
    public static AuditServices Create(IConfiguration configuration, string? connection, string schema)
    {
        var given = connection is null ? null : ConnectionString.Parse(connection);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(configuration);
        services.AddAuditLog().AddPostgreSql(o =>
        {
            o.ConnectionString = given?.ConnectionString ?? o.ConnectionString;
            o.MigrateOnStartup = false;
            o.Schema = schema;
        });
        var provider = services.BuildServiceProvider();
        try
        {
            var secrets = new List<string>();
            var options = provider.GetRequiredService<IOptions<PostgreSqlAuditOptions>>().Value;
            NpgsqlConnectionStringBuilder target;
            if (options.ConnectionString is { } configured)
            {
                target = given ?? ConnectionString.Parse(configured, $"{PostgreSqlAuditOptions.SectionName}:{nameof(options.ConnectionString)}");
            }
            else
            {
                // Reading the value validates it: a malformed CDK_DATABASE_URL throws here, not mid-command.
                var database = provider.GetRequiredService<IOptions<AuditDatabaseOptions>>().Value;
                if (!database.IsConfigured)
                {
                    throw CliException.Usage(
                        "No database configured: pass --connection, or set CDK_DATABASE_URL " +
                        "(or CDK_DATABASE_HOST and CDK_DATABASE_NAME, with _PORT, _USERNAME and _PASSWORD as needed).");
                }

                target = new NpgsqlConnectionStringBuilder { Host = database.Host, Port = database.Port, Database = database.Name, Username = database.Username, Password = database.Password };
            }

            if (!string.IsNullOrEmpty(target.Password))
            {
                secrets.Add(target.Password);
            }

            return new AuditServices(provider, schema, Describe(target), secrets);
        }
        catch
        {
            provider.Dispose();
            throw;
        }
    }

    /// <summary>A registered service (the migrator, the store, the verifier).</summary>
    public T Get<T>()
        where T : notnull => provider.GetRequiredService<T>();

    /// <summary>
    /// Starts what a host starts (the writers behind <see cref="AuditLog.IAuditLogger"/>), for a command that records
    /// events; disposing the services stops them, each event logged and awaited being committed by then.
    /// </summary>
    public async Task StartWritersAsync(CancellationToken cancellationToken)
    {
        // Not the retention service: a command that records events must not purge any.
        foreach (var service in provider.GetServices<Microsoft.Extensions.Hosting.IHostedService>().Where(s => s is not AuditLog.PostgreSql.Retention.AuditRetentionService))
        {
            await service.StartAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => provider.DisposeAsync();

    private static string Describe(NpgsqlConnectionStringBuilder target) =>
        $"{(string.IsNullOrEmpty(target.Username) ? string.Empty : target.Username + "@")}{target.Host}:{target.Port}/{target.Database}";
}
