using AuditLog;
using AuditLog.Kafka;
using AuditLog.Kafka.Configuration;
using AuditLog.Kafka.Health;
using AuditLog.Kafka.Provisioning;
using AuditLog.Kafka.Publishing;
using AuditLog.Kafka.Relay;
using AuditLog.PostgreSql;
using AuditLog.PostgreSql.Outbox;
using Confluent.Kafka;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds Kafka, where audit events are exported as CloudEvents.</summary>
public static class KafkaAuditLogBuilderExtensions
{
    /// <summary>
    /// Adds the export of every audit event to the audit topic (<c>CDK_AUDITLOGPUBLISHER_CLUSTER</c> and
    /// <c>_TOPICNAME</c>) as a CloudEvent carrying its integrity-chain link, exactly once. With PostgreSQL
    /// (<c>AddPostgreSql()</c>, in either order) a relay publishes committed events by a per-writer cursor, one relay
    /// active across host instances; without it, events are published from a bounded buffer. Also adds the registered
    /// clusters (<c>CDK_CLUSTERS_&lt;n&gt;_*</c>), whose client properties are checked at start-up, the creation of the
    /// topic at start-up, the <c>auditlog-kafka</c> health check and the <c>AuditLog.Kafka</c> meter. Options bind from
    /// <see cref="KafkaExportOptions.SectionName"/>. With PostgreSQL, also adds <see cref="ConfluentAuditImporter"/>.
    /// Safe to call more than once.
    /// </summary>
    /// <param name="builder">The builder <c>AddAuditLog()</c> returned.</param>
    /// <returns>The same builder, for chaining.</returns>
    public static IAuditLogBuilder AddKafka(this IAuditLogBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<KafkaClustersOptions>, KafkaClientPropertiesValidator>());
        services.TryAddSingleton(sp => new KafkaClusterRegistry(sp.GetRequiredService<IOptions<KafkaClustersOptions>>()));
        services.TryAddSingleton(sp =>
        {
            var librdkafka = sp.GetRequiredService<ILoggerFactory>().CreateLogger("AuditLog.Kafka.Librdkafka");
            return new AuditTopicProvisioner(
                sp.GetRequiredService<IOptions<AuditLogPublisherOptions>>(),
                sp.GetRequiredService<KafkaClusterRegistry>(),
                config => new AdminClientBuilder(config).SetLogHandler((_, message) => LibrdkafkaLog.Write(librdkafka, message)).Build(),
                sp.GetRequiredService<ILogger<AuditTopicProvisioner>>());
        });
        AddExport(builder);
        // Needs the database: resolvable once AddPostgreSql() is added too.
        services.TryAddSingleton(sp => new ConfluentAuditImporter(
            sp.GetRequiredService<AuditDatabase>(),
            sp.GetRequiredService<IAuditLogger>(),
            sp.GetRequiredService<KafkaClusterRegistry>().FindClientConfig,
            sp.GetRequiredService<ILogger<ConfluentAuditImporter>>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, AuditTopicProvisioningService>(sp => new AuditTopicProvisioningService(
            sp.GetRequiredService<AuditTopicProvisioner>(),
            sp.GetRequiredService<ILogger<AuditTopicProvisioningService>>(),
            AuditTopicProvisioningService.DefaultTimeout)));
        return builder;
    }

    private static void AddExport(IAuditLogBuilder builder)
    {
        var services = builder.Services;
        if (services.Any(d => d.ServiceType == typeof(KafkaExportStatus)))
        {
            return;
        }

        services.AddValidatedOptions<KafkaExportOptions, KafkaExportOptionsValidator>()
            .Configure<IServiceProvider>((o, sp) => sp.GetService<IConfiguration>()?.GetSection(KafkaExportOptions.SectionName).Bind(o));
        services.AddSingleton<KafkaExportStatus>();
        services.TryAddSingleton(sp => new KafkaExportMetrics(sp.GetService<System.Diagnostics.Metrics.IMeterFactory>()));
        services.TryAddSingleton(sp => new AuditRelay(
            sp.GetRequiredService<AuditDatabase>(),
            sp.GetRequiredService<KafkaClusterRegistry>(),
            sp.GetRequiredService<IOptions<AuditLogPublisherOptions>>().Value,
            sp.GetRequiredService<IOptions<KafkaExportOptions>>().Value,
            sp.GetRequiredService<KafkaExportMetrics>(),
            sp.GetRequiredService<KafkaExportStatus>(),
            sp.GetService<TimeProvider>() ?? TimeProvider.System,
            sp.GetRequiredService<ILogger<AuditRelay>>()));
        services.AddSingleton<IHostedService>(sp => new AuditRelayService(UsesRelay(sp) ? sp.GetRequiredService<AuditRelay>() : null));
        services.TryAddSingleton(sp => new KafkaAuditSink(
            sp.GetRequiredService<KafkaClusterRegistry>(),
            sp.GetRequiredService<IOptions<AuditLogPublisherOptions>>().Value,
            sp.GetRequiredService<IOptions<KafkaExportOptions>>().Value,
            sp.GetRequiredService<KafkaExportMetrics>(),
            sp.GetRequiredService<KafkaExportStatus>(),
            sp.GetService<TimeProvider>() ?? TimeProvider.System,
            sp.GetRequiredService<ILogger<KafkaAuditSink>>(),
            isEnabled: sp.GetRequiredService<IOptions<AuditLogPublisherOptions>>().Value.IsEnabled && !HasDatabase(sp)));
        builder.AddSink<KafkaAuditSink>();
        services.AddHealthChecks().Add(new HealthCheckRegistration(
            KafkaExportHealthCheck.Name,
            sp => new KafkaExportHealthCheck(
                sp.GetRequiredService<KafkaExportStatus>(),
                sp.GetRequiredService<IOptions<AuditLogPublisherOptions>>().Value,
                sp.GetRequiredService<IOptions<KafkaExportOptions>>().Value,
                UsesRelay(sp) ? new AuditOutbox(sp.GetRequiredService<AuditDatabase>(), sp.GetRequiredService<AuditRelay>().Destination) : null,
                sp.GetService<TimeProvider>() ?? TimeProvider.System),
            failureStatus: null,
            tags: ["auditlog", "kafka"]));
    }

    // PostgreSQL may be added before or after Kafka: decided once the container is built.
    private static bool HasDatabase(IServiceProvider services) =>
        services.GetService<IServiceProviderIsService>()?.IsService(typeof(AuditDatabase)) == true;

    private static bool UsesRelay(IServiceProvider services) =>
        HasDatabase(services) && services.GetRequiredService<IOptions<AuditLogPublisherOptions>>().Value.IsEnabled;
}
