using AuditLog;
using AuditLog.Configuration;
using AuditLog.Pipeline;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the audit log.</summary>
public static class AuditLogServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IAuditLogger"/> and its pipeline, with options bound from the <c>AuditLog</c>
    /// configuration section and Conduktor's <c>CDK_AUDITLOGPUBLISHER_*</c>, <c>CDK_CLUSTERS_*</c> and
    /// <c>CDK_DATABASE_*</c> variables, validated at start-up. Safe to call more than once.
    /// </summary>
    /// <returns>A builder to add sinks to.</returns>
    public static IAuditLogBuilder AddAuditLog(this IServiceCollection services) => services.AddAuditLog(static _ => { });

    /// <summary>
    /// Registers <see cref="IAuditLogger"/> as <see cref="AddAuditLog(IServiceCollection)"/> does, then
    /// applies <paramref name="configure"/> to the options (after configuration and environment).
    /// </summary>
    /// <returns>A builder to add sinks to.</returns>
    public static IAuditLogBuilder AddAuditLog(this IServiceCollection services, Action<AuditLogOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);

        Bind<AuditLogOptions>(services);
        services.AddValidatedOptions<AuditLogOptions, AuditLogOptionsValidator, AuditLogOptionsRulesValidator>().Configure(configure);
        Bind<AuditLogPublisherOptions>(services);
        services.AddValidatedOptions<AuditLogPublisherOptions, AuditLogPublisherOptionsValidator, AuditLogPublisherOptionsRulesValidator>();
        Bind<KafkaClustersOptions>(services);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<KafkaClustersOptions>, AuditLogConfigureOptions>());
        services.AddValidatedOptions<KafkaClustersOptions, KafkaClustersOptionsValidator, KafkaClustersOptionsRulesValidator>();
        Bind<AuditDatabaseOptions>(services);
        services.AddValidatedOptions<AuditDatabaseOptions, AuditDatabaseOptionsValidator, AuditDatabaseOptionsRulesValidator>();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new AuditLogMetrics(sp.GetService<System.Diagnostics.Metrics.IMeterFactory>()));
        services.TryAddSingleton<AuditDispatcher>();
        services.TryAddSingleton<IAuditLogger, AuditLogger>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, AuditLogHostedService>());
        return new AuditLogBuilder(services);
    }

    // Binding (section, then CDK_* variables) comes before any delegate, once however often this is called.
    private static void Bind<TOptions>(IServiceCollection services)
        where TOptions : class =>
        services.TryAddEnumerable(ServiceDescriptor.Singleton(typeof(IConfigureOptions<TOptions>), typeof(AuditLogConfigureOptions)));
}
