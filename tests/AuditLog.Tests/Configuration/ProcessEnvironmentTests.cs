using System.Collections;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AuditLog.Tests.Configuration;

/// <summary>Tests that change the process environment run alone, after the parallel ones.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessEnvironmentCollection
{
    public const string Name = "Process environment";
}

/// <summary>
/// Real <c>CDK_*</c> environment variables read straight from the process when no <see cref="IConfiguration"/>
/// is registered. Every test starts with no <c>CDK_*</c> variable set; the machine's own are restored after.
/// </summary>
[Collection(ProcessEnvironmentCollection.Name)]
public sealed class ProcessEnvironmentTests : IDisposable
{
    private readonly Dictionary<string, string> saved = CdkVariables();

    public ProcessEnvironmentTests() => Clear();

    public void Dispose()
    {
        Clear();
        foreach (var (name, value) in saved)
        {
            Environment.SetEnvironmentVariable(name, value);
        }
    }

    [Fact]
    public void Topic_name_environment_variable_binds_without_configuration()
    {
        Environment.SetEnvironmentVariable("CDK_AUDITLOGPUBLISHER_CLUSTER", "main");
        Environment.SetEnvironmentVariable("CDK_AUDITLOGPUBLISHER_TOPICNAME", "_conduktor_console_audit_log");

        var options = Options<AuditLogPublisherOptions>();

        options.TopicName.Should().Be("_conduktor_console_audit_log");
    }

    [Fact]
    public void Cluster_environment_variables_bind_without_configuration()
    {
        Environment.SetEnvironmentVariable("CDK_CLUSTERS_0_ID", "main");
        Environment.SetEnvironmentVariable("CDK_CLUSTERS_0_BOOTSTRAPSERVERS", "kafka:9092");

        var options = Options<KafkaClustersOptions>();

        options.Clusters.Select(c => (c.Id, c.BootstrapServers)).Should().Equal(("main", "kafka:9092"));
    }

    [Fact]
    public void Database_url_environment_variable_binds_without_configuration()
    {
        Environment.SetEnvironmentVariable("CDK_DATABASE_URL", "postgresql://alice:s3cret@db:5433/audit");

        var options = Options<AuditDatabaseOptions>();

        (options.Host, options.Port, options.Name, options.Username, options.Password)
            .Should().Be(("db", 5433, "audit", "alice", "s3cret"));
    }

    [Fact]
    public void Absent_partition_variable_defaults_to_one_partition()
    {
        var options = Options<AuditLogPublisherOptions>();

        options.Partitions.Should().Be(1);
    }

    [Fact]
    public void Absent_replication_factor_variable_defaults_to_a_replication_factor_of_one()
    {
        var options = Options<AuditLogPublisherOptions>();

        options.ReplicationFactor.Should().Be(1);
    }

    [Fact]
    public void Absent_publisher_variables_leave_the_publisher_disabled()
    {
        var options = Options<AuditLogPublisherOptions>();

        options.IsEnabled.Should().BeFalse();
    }

    [Fact]
    public void Absent_cluster_variables_register_no_cluster()
    {
        var options = Options<KafkaClustersOptions>();

        options.Clusters.Should().BeEmpty();
    }

    [Fact]
    public void Absent_database_variables_leave_the_database_unconfigured_on_port_5432()
    {
        var options = Options<AuditDatabaseOptions>();

        (options.IsConfigured, options.Port).Should().Be((false, 5432));
    }

    [Fact]
    public void Configuration_key_takes_precedence_over_the_environment_variable()
    {
        Environment.SetEnvironmentVariable("CDK_AUDITLOGPUBLISHER_CLUSTER", "main");
        Environment.SetEnvironmentVariable("CDK_AUDITLOGPUBLISHER_TOPICNAME", "environment-topic");

        var options = Options<AuditLogPublisherOptions>(new Dictionary<string, string?> { ["CDK_AUDITLOGPUBLISHER_TOPICNAME"] = "configuration-topic" });

        options.TopicName.Should().Be("configuration-topic");
    }

    [Fact]
    public void Environment_variable_applies_when_the_configuration_lacks_the_key()
    {
        Environment.SetEnvironmentVariable("CDK_AUDITLOGPUBLISHER_TOPICCONFIG_PARTITION", "4");

        var options = Options<AuditLogPublisherOptions>(new Dictionary<string, string?> { ["AuditLog:QueueCapacity"] = "10" });

        options.Partitions.Should().Be(4);
    }

    [Fact]
    public void Blank_configuration_key_masks_the_environment_variable()
    {
        Environment.SetEnvironmentVariable("CDK_AUDITLOGPUBLISHER_TOPICCONFIG_PARTITION", "4");

        var options = Options<AuditLogPublisherOptions>(new Dictionary<string, string?> { ["CDK_AUDITLOGPUBLISHER_TOPICCONFIG_PARTITION"] = "" });

        options.Partitions.Should().Be(1);
    }

    // Without values, no IConfiguration is registered at all.
    private static TOptions Options<TOptions>(Dictionary<string, string?>? values = null)
        where TOptions : class
    {
        var services = new ServiceCollection();
        if (values is not null)
        {
            services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(values).Build());
        }

        services.AddAuditLog();
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptions<TOptions>>().Value;
    }

    private static Dictionary<string, string> CdkVariables()
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in Environment.GetEnvironmentVariables())
        {
            if (entry.Key is string name && name.StartsWith("CDK_", StringComparison.OrdinalIgnoreCase) && entry.Value is string value)
            {
                variables[name] = value;
            }
        }

        return variables;
    }

    private static void Clear()
    {
        foreach (var name in CdkVariables().Keys)
        {
            Environment.SetEnvironmentVariable(name, null);
        }
    }
}
