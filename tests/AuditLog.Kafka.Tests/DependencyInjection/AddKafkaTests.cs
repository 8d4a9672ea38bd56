using AuditLog.Kafka.Configuration;
using AuditLog.Kafka.Provisioning;
using AuditLog.Kafka.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AuditLog.Kafka.Tests.DependencyInjection;

public sealed class AddKafkaTests
{
    private const string Secret = "Tr0ub4dor-secret";

    [Fact]
    public async Task Fails_the_hosts_start_naming_the_variable_and_the_key_of_a_property_librdkafka_cannot_use()
    {
        using var host = HostWithClusterProperties($"ssl.truststore.location=/etc/truststore.jks\nssl.truststore.password={Secret}");

        var start = () => host.StartAsync();

        (await start.Should().ThrowAsync<OptionsValidationException>())
            .Which.Failures.Should().Contain(f => f.StartsWith("CDK_CLUSTERS_0_PROPERTIES: ssl.truststore.location ") && f.Contains("convert the truststore to PEM"));
    }

    [Fact]
    public async Task Never_puts_a_property_value_in_the_start_failure()
    {
        using var host = HostWithClusterProperties($"security.protocol=SASL_SSL\nsasl.mechanism=OAUTHBEARER\nsasl.jaas.config=x required password=\"{Secret}\"\nssl.keystore.password={Secret}");

        var start = () => host.StartAsync();

        (await start.Should().ThrowAsync<OptionsValidationException>()).Which.Message.Should().NotContain(Secret);
    }

    [Fact]
    public void Names_the_configuration_key_of_a_cluster_from_the_AuditLog_section()
    {
        using var host = KafkaHost.Build(
            new CapturedLogs(),
            ("AuditLog:Clusters:0:Id", "prod"),
            ("AuditLog:Clusters:0:BootstrapServers", "broker:9092"),
            ("AuditLog:Clusters:0:Properties:unknown.key", "x"));

        var read = () => host.Services.GetRequiredService<IOptions<KafkaClustersOptions>>().Value;

        read.Should().Throw<OptionsValidationException>().Which.Failures.Should().Contain("AuditLog:Clusters:0:Properties: unknown.key has no librdkafka equivalent here; remove it.");
    }

    [Fact]
    public void Accepts_a_SASL_SSL_cluster_with_PEM_trust()
    {
        using var host = HostWithClusterProperties("security.protocol=SASL_SSL\nsasl.mechanism=SCRAM-SHA-512\nsasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username=\"u\" password=\"p\";\nssl.truststore.type=PEM\nssl.truststore.location=/etc/ca.pem");

        var config = host.Services.GetRequiredService<KafkaClusterRegistry>().FindClientConfig("prod");

        config.Should().NotBeNull();
        config!.BootstrapServers.Should().Be("broker:9092");
        config.Get("ssl.ca.location").Should().Be("/etc/ca.pem");
    }

    [Fact]
    public async Task Sends_librdkafkas_log_lines_to_the_hosts_logger()
    {
        var logs = new CapturedLogs();
        using var host = KafkaHost.Build(
            logs,
            ("CDK_CLUSTERS_0_ID", "prod"),
            ("CDK_CLUSTERS_0_BOOTSTRAPSERVERS", "127.0.0.1:1"),
            ("CDK_AUDITLOGPUBLISHER_CLUSTER", "prod"),
            ("CDK_AUDITLOGPUBLISHER_TOPICNAME", "audit"));
        using var startCancelled = new CancellationTokenSource(TimeSpan.FromSeconds(2));

        var start = () => host.StartKafkaAsync(startCancelled.Token);

        await start.Should().ThrowAsync<OperationCanceledException>();
        logs.Entries.Should().Contain(e => e.EventId == 4100 && e.Level == LogLevel.Error && e.Message.Contains("127.0.0.1:1"));
    }

    [Fact]
    public void Is_safe_to_call_twice()
    {
        var services = new ServiceCollection();

        services.AddAuditLog().AddKafka().AddKafka();

        services.Count(d => d.ImplementationType == typeof(KafkaClientPropertiesValidator)).Should().Be(1);
        services.Count(d => d.ServiceType == typeof(IHostedService) && d.ImplementationFactory?.Method.ReturnType == typeof(AuditTopicProvisioningService)).Should().Be(1);
        services.Count(d => d.ServiceType == typeof(AuditTopicProvisioner)).Should().Be(1);
    }

    private static IHost HostWithClusterProperties(string properties) => KafkaHost.Build(
        new CapturedLogs(),
        ("CDK_CLUSTERS_0_ID", "prod"),
        ("CDK_CLUSTERS_0_BOOTSTRAPSERVERS", "broker:9092"),
        ("CDK_CLUSTERS_0_PROPERTIES", properties));
}
