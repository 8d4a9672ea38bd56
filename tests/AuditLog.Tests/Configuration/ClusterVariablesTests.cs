using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using static AuditLog.Tests.Configuration.ConfiguredAuditLog;

namespace AuditLog.Tests.Configuration;

public sealed class ClusterVariablesTests
{
    private const string JaasConfig = "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"alice\" password=\"s3cret=x\";";

    [Fact]
    public void Cluster_variables_bind_id_and_bootstrap_servers()
    {
        var options = Options<KafkaClustersOptions>(new Dictionary<string, string?>
        {
            ["CDK_CLUSTERS_0_ID"] = "main",
            ["CDK_CLUSTERS_0_BOOTSTRAPSERVERS"] = "kafka-1:9092,kafka-2:9092",
        });

        options.Find("main")!.BootstrapServers.Should().Be("kafka-1:9092,kafka-2:9092");
    }

    [Fact]
    public void Several_clusters_bind_in_numeric_index_order()
    {
        var options = Options<KafkaClustersOptions>(new Dictionary<string, string?>
        {
            ["CDK_CLUSTERS_10_ID"] = "ten",
            ["CDK_CLUSTERS_10_BOOTSTRAPSERVERS"] = "kafka-10:9092",
            ["CDK_CLUSTERS_0_ID"] = "zero",
            ["CDK_CLUSTERS_0_BOOTSTRAPSERVERS"] = "kafka-0:9092",
            ["CDK_CLUSTERS_1_ID"] = "one",
            ["CDK_CLUSTERS_1_BOOTSTRAPSERVERS"] = "kafka-1:9092",
        });

        options.Clusters.Select(c => c.Id).Should().ContainInOrder("zero", "one", "ten");
    }

    [Fact]
    public void Properties_lines_separated_by_line_feeds_bind_into_Properties()
    {
        var options = Options<KafkaClustersOptions>(Cluster(0, "main", "security.protocol=SASL_SSL\nsasl.mechanism=PLAIN"));

        options.Find("main")!.Properties.Should().Equal(new Dictionary<string, string>
        {
            ["security.protocol"] = "SASL_SSL",
            ["sasl.mechanism"] = "PLAIN",
        });
    }

    [Fact]
    public void Properties_lines_separated_by_carriage_return_line_feeds_bind_into_Properties()
    {
        var options = Options<KafkaClustersOptions>(Cluster(0, "main", "security.protocol=SASL_SSL\r\nsasl.mechanism=PLAIN\r\n"));

        options.Find("main")!.Properties.Should().Equal(new Dictionary<string, string>
        {
            ["security.protocol"] = "SASL_SSL",
            ["sasl.mechanism"] = "PLAIN",
        });
    }

    [Fact]
    public void Properties_blank_lines_and_comments_are_skipped()
    {
        var options = Options<KafkaClustersOptions>(Cluster(0, "main", "# client settings\n\n   \nsecurity.protocol=SSL\n  # sasl.mechanism=PLAIN\n"));

        options.Find("main")!.Properties.Should().Equal(new Dictionary<string, string> { ["security.protocol"] = "SSL" });
    }

    [Fact]
    public void Properties_value_keeps_equals_signs_after_the_first()
    {
        var options = Options<KafkaClustersOptions>(Cluster(0, "main", $"sasl.jaas.config={JaasConfig}"));

        options.Find("main")!.Properties["sasl.jaas.config"].Should().Be(JaasConfig);
    }

    [Fact]
    public void Cluster_with_only_other_conduktor_variables_is_ignored()
    {
        var options = Options<KafkaClustersOptions>(new Dictionary<string, string?>
        {
            ["CDK_CLUSTERS_3_ID"] = Unset,
            ["CDK_CLUSTERS_3_BOOTSTRAPSERVERS"] = Unset,
            ["CDK_CLUSTERS_3_PROPERTIES"] = Unset,
            ["CDK_CLUSTERS_3_COLOR"] = "#FF0000",
            ["CDK_CLUSTERS_3_SCHEMAREGISTRY_URL"] = "http://registry:8081",
        });

        options.Clusters.Should().NotContain(c => c.Origin == "CDK_CLUSTERS_3");
    }

    [Fact]
    public void Cluster_without_id_is_an_error_naming_the_id_variable()
    {
        var errors = Errors<KafkaClustersOptions>(new Dictionary<string, string?> { ["CDK_CLUSTERS_2_BOOTSTRAPSERVERS"] = "kafka:9092" });

        errors.Should().Contain("CDK_CLUSTERS_2_ID is required.");
    }

    [Fact]
    public void Cluster_without_bootstrap_servers_is_an_error_naming_the_bootstrap_servers_variable()
    {
        var errors = Errors<KafkaClustersOptions>(new Dictionary<string, string?> { ["CDK_CLUSTERS_2_ID"] = "main" });

        errors.Should().Contain("CDK_CLUSTERS_2_BOOTSTRAPSERVERS is required.");
    }

    [Theory]
    [InlineData("kafka")]
    [InlineData("kafka:")]
    [InlineData("kafka:70000")]
    [InlineData("kafka:0")]
    [InlineData("kafka:port")]
    [InlineData("kafka-1:9092,kafka-2")]
    public void Malformed_bootstrap_servers_are_an_error_naming_the_variable(string servers)
    {
        var errors = Errors<KafkaClustersOptions>(new Dictionary<string, string?>
        {
            ["CDK_CLUSTERS_0_ID"] = "main",
            ["CDK_CLUSTERS_0_BOOTSTRAPSERVERS"] = servers,
        });

        errors.Should().ContainSingle(e => e.StartsWith("CDK_CLUSTERS_0_BOOTSTRAPSERVERS must be", StringComparison.Ordinal));
    }

    [Fact]
    public void Bootstrap_servers_may_be_an_ipv6_address_and_list_several_servers()
    {
        var options = Options<KafkaClustersOptions>(new Dictionary<string, string?>
        {
            ["CDK_CLUSTERS_0_ID"] = "main",
            ["CDK_CLUSTERS_0_BOOTSTRAPSERVERS"] = "[::1]:9092, kafka-2:9093",
        });

        options.Find("main").Should().NotBeNull();
    }

    [Fact]
    public void Properties_line_without_equals_is_an_error_naming_the_variable_and_the_line()
    {
        var errors = Errors<KafkaClustersOptions>(Cluster(0, "main", "security.protocol=SASL_SSL\n\nsasl.password s3cret"));

        errors.Should().ContainSingle(e => e.Contains("CDK_CLUSTERS_0_PROPERTIES", StringComparison.Ordinal))
            .Which.Should().Contain("line 3");
    }

    [Fact]
    public void Properties_line_error_does_not_quote_the_line()
    {
        var errors = Errors<KafkaClustersOptions>(Cluster(0, "main", "security.protocol=SASL_SSL\nsasl.password s3cret"));

        errors.Should().NotContain(e => e.Contains("s3cret", StringComparison.Ordinal) || e.Contains("sasl.password", StringComparison.Ordinal));
    }

    [Fact]
    public void Properties_line_without_a_key_is_an_error_naming_the_variable_and_the_line()
    {
        var errors = Errors<KafkaClustersOptions>(Cluster(0, "main", "=s3cret"));

        errors.Should().ContainSingle(e => e.Contains("CDK_CLUSTERS_0_PROPERTIES", StringComparison.Ordinal))
            .Which.Should().Contain("line 1").And.NotContain("s3cret");
    }

    [Fact]
    public void Properties_line_missing_the_equals_after_its_key_is_an_error_that_does_not_quote_the_secret()
    {
        // The first '=' is inside the JAAS value, so the "key" would be "sasl.jaas.config org.apache… username".
        var errors = Errors<KafkaClustersOptions>(Cluster(0, "main", $"security.protocol=SASL_SSL\nsasl.jaas.config {JaasConfig}"));

        errors.Should().ContainSingle(e => e.Contains("CDK_CLUSTERS_0_PROPERTIES", StringComparison.Ordinal))
            .Which.Should().Contain("line 2").And.NotContain("s3cret").And.NotContain("PlainLoginModule");
    }

    [Fact]
    public void Duplicate_cluster_ids_are_an_error_naming_the_id()
    {
        var errors = Errors<KafkaClustersOptions>(new Dictionary<string, string?>
        {
            ["CDK_CLUSTERS_0_ID"] = "main",
            ["CDK_CLUSTERS_0_BOOTSTRAPSERVERS"] = "kafka-0:9092",
            ["CDK_CLUSTERS_1_ID"] = "main",
            ["CDK_CLUSTERS_1_BOOTSTRAPSERVERS"] = "kafka-1:9092",
        });

        errors.Should().ContainSingle(e => e.Contains("'main'", StringComparison.Ordinal) && e.Contains("unique", StringComparison.Ordinal));
    }

    [Fact]
    public void Cluster_index_too_large_for_a_number_is_an_error_naming_the_variable()
    {
        var errors = Errors<KafkaClustersOptions>(new Dictionary<string, string?> { ["CDK_CLUSTERS_99999999999_ID"] = "main" });

        errors.Should().ContainSingle(e => e.Contains("CDK_CLUSTERS_99999999999_ID", StringComparison.Ordinal));
    }

    [Fact]
    public void Clusters_from_the_configuration_section_bind()
    {
        var options = Options<KafkaClustersOptions>(new Dictionary<string, string?>
        {
            ["AuditLog:Clusters:0:Id"] = "section",
            ["AuditLog:Clusters:0:BootstrapServers"] = "kafka:9092",
            ["AuditLog:Clusters:0:Properties:security.protocol"] = "SSL",
        });

        var cluster = options.Find("section")!;
        (cluster.BootstrapServers, cluster.Properties["security.protocol"]).Should().Be(("kafka:9092", "SSL"));
    }

    [Fact]
    public void Clusters_from_the_section_and_the_variables_bind_together()
    {
        var options = Options<KafkaClustersOptions>(new Dictionary<string, string?>
        {
            ["AuditLog:Clusters:0:Id"] = "section",
            ["AuditLog:Clusters:0:BootstrapServers"] = "kafka-a:9092",
            ["CDK_CLUSTERS_0_ID"] = "variables",
            ["CDK_CLUSTERS_0_BOOTSTRAPSERVERS"] = "kafka-b:9092",
        });

        options.Clusters.Select(c => c.Id).Should().Contain(["section", "variables"]);
    }

    [Fact]
    public void Section_cluster_without_id_is_an_error_naming_the_configuration_key()
    {
        var errors = Errors<KafkaClustersOptions>(new Dictionary<string, string?>
        {
            ["AuditLog:Clusters:0:Id"] = "first",
            ["AuditLog:Clusters:0:BootstrapServers"] = "kafka-a:9092",
            ["AuditLog:Clusters:1:BootstrapServers"] = "kafka-b:9092",
        });

        errors.Should().Contain("AuditLog:Clusters:1:Id is required.");
    }

    [Fact]
    public void Section_cluster_with_malformed_bootstrap_servers_is_an_error_naming_the_configuration_key()
    {
        var errors = Errors<KafkaClustersOptions>(new Dictionary<string, string?>
        {
            ["AuditLog:Clusters:0:Id"] = "section",
            ["AuditLog:Clusters:0:BootstrapServers"] = "kafka",
        });

        errors.Should().ContainSingle(e => e.StartsWith("AuditLog:Clusters:0:BootstrapServers must be", StringComparison.Ordinal));
    }

    [Fact]
    public void Cluster_registered_in_code_without_id_is_an_error_naming_its_index()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["CDK_CLUSTERS_0_ID"] = Unset }).Build());
        services.AddAuditLog();
        services.Configure<KafkaClustersOptions>(o => o.Clusters.Add(new KafkaClusterOptions { BootstrapServers = "kafka:9092" }));
        using var provider = services.BuildServiceProvider();

        var read = () => provider.GetRequiredService<IOptions<KafkaClustersOptions>>().Value;

        read.Should().Throw<OptionsValidationException>().Which.Failures.Should().Contain("AuditLog:Clusters:0:Id is required.");
    }

    private static Dictionary<string, string?> Cluster(int index, string id, string properties) => new()
    {
        [$"CDK_CLUSTERS_{index}_ID"] = id,
        [$"CDK_CLUSTERS_{index}_BOOTSTRAPSERVERS"] = "kafka:9092",
        [$"CDK_CLUSTERS_{index}_PROPERTIES"] = properties,
    };
}
