using AuditLog.Pipeline;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace AuditLog.Tests.Configuration;

public sealed class AddAuditLogTwiceTests
{
    [Fact]
    public void AddAuditLog_twice_registers_one_audit_logger()
    {
        var services = Services(new Dictionary<string, string?>());

        services.Should().ContainSingle(d => d.ServiceType == typeof(IAuditLogger));
    }

    [Fact]
    public void AddAuditLog_twice_registers_one_audit_log_hosted_service()
    {
        var services = Services(new Dictionary<string, string?>());

        services.Should().ContainSingle(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(AuditLogHostedService));
    }

    [Fact]
    public void AddAuditLog_twice_binds_variable_clusters_once()
    {
        using var provider = Services(new Dictionary<string, string?>
        {
            ["CDK_CLUSTERS_0_ID"] = "variables",
            ["CDK_CLUSTERS_0_BOOTSTRAPSERVERS"] = "kafka:9092",
        }).BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<KafkaClustersOptions>>().Value;

        options.Clusters.Should().ContainSingle(c => c.Id == "variables");
    }

    [Fact]
    public void AddAuditLog_twice_binds_section_clusters_once()
    {
        using var provider = Services(new Dictionary<string, string?>
        {
            ["AuditLog:Clusters:0:Id"] = "section",
            ["AuditLog:Clusters:0:BootstrapServers"] = "kafka:9092",
        }).BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<KafkaClustersOptions>>().Value;

        options.Clusters.Should().ContainSingle(c => c.Id == "section");
    }

    [Fact]
    public void AddAuditLog_twice_reports_a_binding_error_once()
    {
        using var provider = Services(new Dictionary<string, string?>
        {
            ["CDK_AUDITLOGPUBLISHER_CLUSTER"] = "main",
            ["CDK_AUDITLOGPUBLISHER_TOPICNAME"] = "audit",
            ["CDK_AUDITLOGPUBLISHER_TOPICCONFIG_PARTITION"] = "many",
        }).BuildServiceProvider();

        var read = () => provider.GetRequiredService<IOptions<AuditLogPublisherOptions>>().Value;

        read.Should().Throw<OptionsValidationException>().Which.Failures
            .Should().ContainSingle(e => e.Contains("CDK_AUDITLOGPUBLISHER_TOPICCONFIG_PARTITION", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AddAuditLog_twice_builds_one_audit_log_hosted_service()
    {
        var services = Services(new Dictionary<string, string?>());
        services.AddLogging();
        await using var provider = services.BuildServiceProvider();

        var hosted = provider.GetServices<IHostedService>();

        hosted.OfType<AuditLogHostedService>().Should().ContainSingle();
    }

    private static ServiceCollection Services(Dictionary<string, string?> values)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(values).Build());
        services.AddAuditLog();
        services.AddAuditLog(o => o.QueueCapacity = 100);
        return services;
    }
}
