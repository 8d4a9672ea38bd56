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

        AddOptions<AuditLogOptions>(services).Configure(configure);
        AddOptions<AuditLogPublisherOptions>(services);
        AddOptions<KafkaClustersOptions>(services);
        AddOptions<AuditDatabaseOptions>(services);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AuditLogOptions>, AuditLogOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AuditLogOptions>, AuditLogOptionsRulesValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AuditLogPublisherOptions>, AuditLogPublisherOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<KafkaClustersOptions>, KafkaClustersOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AuditDatabaseOptions>, AuditDatabaseOptionsValidator>());

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new AuditLogMetrics(sp.GetService<System.Diagnostics.Metrics.IMeterFactory>()));
        services.TryAddSingleton<AuditDispatcher>();
        services.TryAddSingleton<IAuditLogger, AuditLogger>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, AuditLogHostedService>());
        return new AuditLogBuilder(services);
    }

    // Binding (section, then CDK_* variables) comes first, validation at start-up, once however often this is called.
    private static OptionsBuilder<TOptions> AddOptions<TOptions>(IServiceCollection services)
        where TOptions : class
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton(typeof(IConfigureOptions<TOptions>), typeof(AuditLogConfigureOptions)));
        return services.AddOptions<TOptions>().ValidateOnStart();
    }
}
