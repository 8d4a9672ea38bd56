using AuditLog.PostgreSql;
using AuditLog.PostgreSql.Retention;
using AuditLog.PostgreSql.Writing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds PostgreSQL, the audit log's system of record.</summary>
public static class PostgreSqlAuditLogBuilderExtensions
{
    /// <summary>
    /// Adds the PostgreSQL sink (events are committed before <c>LogAsync</c> returns) and the store that
    /// reads, exports, verifies and purges them, configured from the <c>AuditLog:PostgreSql</c> section.
    /// The database comes from <see cref="PostgreSqlAuditOptions.ConnectionString"/>, else a registered
    /// <c>NpgsqlDataSource</c>, else <c>CDK_DATABASE_URL</c> / <c>CDK_DATABASE_HOST</c>…
    /// </summary>
    /// <param name="builder">The builder <c>AddAuditLog()</c> returned.</param>
    /// <returns>The same builder, for chaining.</returns>
    public static IAuditLogBuilder AddPostgreSql(this IAuditLogBuilder builder) => builder.AddPostgreSql(configure: null);

    /// <summary>Adds PostgreSQL as <see cref="AddPostgreSql(IAuditLogBuilder)"/> does, then applies <paramref name="configure"/>.</summary>
    /// <param name="builder">The builder <c>AddAuditLog()</c> returned.</param>
    /// <param name="configure">Changes the options after configuration was bound; <see langword="null"/> for none.</param>
    /// <returns>The same builder, for chaining.</returns>
    public static IAuditLogBuilder AddPostgreSql(this IAuditLogBuilder builder, Action<PostgreSqlAuditOptions>? configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var options = services.AddValidatedOptions<PostgreSqlAuditOptions, PostgreSqlAuditOptionsValidator>();
        if (!services.Any(d => d.ServiceType == typeof(AuditDatabase)))
        {
            options.Configure<IServiceProvider>((o, sp) => sp.GetService<IConfiguration>()?.GetSection(PostgreSqlAuditOptions.SectionName).Bind(o));
        }

        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton(AuditDatabaseFactory.Create);
        services.TryAddSingleton(sp => new AuditSchemaMigrator(sp.GetRequiredService<AuditDatabase>()));
        services.TryAddSingleton(sp => new PostgreSqlAuditSink(
            sp.GetRequiredService<AuditDatabase>(),
            sp.GetRequiredService<AuditSchemaMigrator>(),
            sp.GetRequiredService<ILogger<PostgreSqlAuditSink>>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, PostgreSqlStartup>());
        builder.AddSink<PostgreSqlAuditSink>();
        services.TryAddSingleton(sp => new PostgreSqlAuditStore(sp.GetRequiredService<AuditDatabase>()));
        services.TryAddSingleton(sp => new AuditIntegrityVerifier(sp.GetRequiredService<AuditDatabase>()));
        services.TryAddSingleton(sp => new AuditRetention(
            sp.GetRequiredService<AuditDatabase>(),
            sp.GetService<TimeProvider>(),
            sp.GetService<ILoggerFactory>()?.CreateLogger<AuditRetention>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, AuditRetentionService>(sp => new AuditRetentionService(
            new Lazy<AuditRetention>(sp.GetRequiredService<AuditRetention>),
            sp.GetRequiredService<IOptions<PostgreSqlAuditOptions>>().Value, // validated here: bad retention options fail the host's start
            sp.GetService<TimeProvider>() ?? TimeProvider.System,
            sp.GetRequiredService<ILogger<AuditRetentionService>>(),
            sp.GetService<IHostApplicationLifetime>())));
        return builder;
    }

    /// <summary>Adds PostgreSQL with a connection string.</summary>
    /// <param name="builder">The builder <c>AddAuditLog()</c> returned.</param>
    /// <param name="connectionString">An Npgsql connection string.</param>
    /// <returns>The same builder, for chaining.</returns>
    public static IAuditLogBuilder AddPostgreSql(this IAuditLogBuilder builder, string connectionString) =>
        builder.AddPostgreSql(connectionString, configure: null);

    /// <summary>Adds PostgreSQL with a connection string, then applies <paramref name="configure"/>.</summary>
    /// <param name="builder">The builder <c>AddAuditLog()</c> returned.</param>
    /// <param name="connectionString">An Npgsql connection string.</param>
    /// <param name="configure">Changes the options after the connection string was set; <see langword="null"/> for none.</param>
    /// <returns>The same builder, for chaining.</returns>
    public static IAuditLogBuilder AddPostgreSql(this IAuditLogBuilder builder, string connectionString, Action<PostgreSqlAuditOptions>? configure)
    {
        ArgumentException.ThrowIfNullOrEmpty(connectionString);
        return builder.AddPostgreSql(o =>
        {
            o.ConnectionString = connectionString;
            configure?.Invoke(o);
        });
    }
}
