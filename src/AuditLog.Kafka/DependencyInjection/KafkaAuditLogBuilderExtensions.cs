using AuditLog;
using AuditLog.Kafka.Configuration;
using AuditLog.Kafka.Provisioning;
using Confluent.Kafka;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds Kafka, where audit events are exported as CloudEvents.</summary>
public static class KafkaAuditLogBuilderExtensions
{
    /// <summary>
    /// Adds the Kafka groundwork of the audit log export: the registered clusters (<c>CDK_CLUSTERS_&lt;n&gt;_*</c>), whose
    /// client properties are checked at start-up (a property librdkafka cannot honour fails the start), and, when
    /// <c>CDK_AUDITLOGPUBLISHER_CLUSTER</c> and <c>_TOPICNAME</c> are set, the creation of the audit topic at start-up.
    /// Publishing events to the topic (the publisher and the relay from PostgreSQL) is planned and not part of this
    /// version: no event is exported yet. Safe to call more than once.
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
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, AuditTopicProvisioningService>(sp => new AuditTopicProvisioningService(
            sp.GetRequiredService<AuditTopicProvisioner>(),
            sp.GetRequiredService<ILogger<AuditTopicProvisioningService>>(),
            AuditTopicProvisioningService.DefaultTimeout)));
        return builder;
    }
}
