using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace AuditLog.Tests.Configuration;

public sealed class HostStartupTests
{
    [Fact]
    public async Task Host_with_an_unreadable_partition_variable_fails_to_start_naming_the_variable()
    {
        using var host = BuildHost(new Dictionary<string, string?>
        {
            ["CDK_AUDITLOGPUBLISHER_CLUSTER"] = "main",
            ["CDK_AUDITLOGPUBLISHER_TOPICNAME"] = "audit",
            ["CDK_AUDITLOGPUBLISHER_TOPICCONFIG_PARTITION"] = "many",
        });

        var start = () => host.StartAsync();

        await start.Should().ThrowAsync<OptionsValidationException>().WithMessage("*CDK_AUDITLOGPUBLISHER_TOPICCONFIG_PARTITION*");
    }

    [Fact]
    public async Task Host_with_an_invalid_database_url_fails_to_start_naming_the_variable()
    {
        using var host = BuildHost(new Dictionary<string, string?>
        {
            ["CDK_DATABASE_URL"] = "mysql://alice:s3cret@db/audit",
        });

        var start = () => host.StartAsync();

        await start.Should().ThrowAsync<OptionsValidationException>().WithMessage("*CDK_DATABASE_URL*");
    }

    [Fact]
    public async Task Host_with_valid_variables_starts()
    {
        using var host = BuildHost(new Dictionary<string, string?>
        {
            ["CDK_AUDITLOGPUBLISHER_CLUSTER"] = "main",
            ["CDK_AUDITLOGPUBLISHER_TOPICNAME"] = "_conduktor_console_audit_log",
            ["CDK_AUDITLOGPUBLISHER_TOPICCONFIG_PARTITION"] = "3",
            ["CDK_CLUSTERS_0_ID"] = "main",
            ["CDK_CLUSTERS_0_BOOTSTRAPSERVERS"] = "kafka:9092",
        });

        var start = () => host.StartAsync();

        await start.Should().NotThrowAsync();
        await host.StopAsync();
    }

    private static IHost BuildHost(Dictionary<string, string?> values)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(values);
        builder.Services.AddAuditLog().AddSink(new NullAuditSink());
        return builder.Build();
    }
}
