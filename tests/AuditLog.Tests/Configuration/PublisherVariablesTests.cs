using static AuditLog.Tests.Configuration.ConfiguredAuditLog;

namespace AuditLog.Tests.Configuration;

public sealed class PublisherVariablesTests
{
    private const string Cluster = "CDK_AUDITLOGPUBLISHER_CLUSTER";
    private const string TopicName = "CDK_AUDITLOGPUBLISHER_TOPICNAME";
    private const string Partition = "CDK_AUDITLOGPUBLISHER_TOPICCONFIG_PARTITION";
    private const string ReplicationFactor = "CDK_AUDITLOGPUBLISHER_TOPICCONFIG_REPLICATIONFACTOR";

    [Fact]
    public void Cluster_variable_binds_to_Cluster()
    {
        var options = Options<AuditLogPublisherOptions>(Publisher());

        options.Cluster.Should().Be("main");
    }

    [Fact]
    public void TopicName_variable_binds_to_TopicName()
    {
        var options = Options<AuditLogPublisherOptions>(Publisher());

        options.TopicName.Should().Be("audit");
    }

    [Fact]
    public void Partition_variable_binds_to_Partitions()
    {
        var options = Options<AuditLogPublisherOptions>(Publisher((Partition, "6")));

        options.Partitions.Should().Be(6);
    }

    [Fact]
    public void ReplicationFactor_variable_binds_to_ReplicationFactor()
    {
        var options = Options<AuditLogPublisherOptions>(Publisher((ReplicationFactor, "3")));

        options.ReplicationFactor.Should().Be(3);
    }

    [Fact]
    public void Blank_partition_variable_leaves_the_default_of_one_partition()
    {
        var options = Options<AuditLogPublisherOptions>(Publisher((Partition, Unset)));

        options.Partitions.Should().Be(1);
    }

    [Fact]
    public void Blank_replication_factor_variable_leaves_the_default_replication_factor_of_one()
    {
        var options = Options<AuditLogPublisherOptions>(Publisher((ReplicationFactor, Unset)));

        options.ReplicationFactor.Should().Be(1);
    }

    [Fact]
    public void Both_cluster_and_topic_set_enable_the_publisher()
    {
        var options = Options<AuditLogPublisherOptions>(Publisher());

        options.IsEnabled.Should().BeTrue();
    }

    [Fact]
    public void Neither_cluster_nor_topic_set_leaves_the_publisher_disabled_and_valid()
    {
        var options = Options<AuditLogPublisherOptions>(new Dictionary<string, string?> { [Cluster] = Unset, [TopicName] = Unset });

        options.IsEnabled.Should().BeFalse();
    }

    [Theory]
    [InlineData("three")]
    [InlineData("0")]
    [InlineData("-2")]
    [InlineData("1.5")]
    public void Unreadable_partition_variable_is_an_error_naming_the_variable(string value)
    {
        var errors = Errors<AuditLogPublisherOptions>(Publisher((Partition, value)));

        errors.Should().ContainSingle(e => e.Contains(Partition, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("three")]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("40000")]
    public void Unreadable_replication_factor_variable_is_an_error_naming_the_variable(string value)
    {
        var errors = Errors<AuditLogPublisherOptions>(Publisher((ReplicationFactor, value)));

        errors.Should().ContainSingle(e => e.Contains(ReplicationFactor, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("audit log")]
    [InlineData("audit!")]
    [InlineData(".")]
    [InlineData("..")]
    public void Illegal_topic_name_is_an_error_naming_the_variable_and_the_key(string topic)
    {
        var errors = Errors<AuditLogPublisherOptions>(Publisher((TopicName, topic)));

        errors.Should().ContainSingle(e => e.StartsWith(
            "CDK_AUDITLOGPUBLISHER_TOPICNAME (or AuditLog:Publisher:TopicName) must be a legal Kafka topic name:",
            StringComparison.Ordinal));
    }

    [Fact]
    public void Topic_name_of_250_characters_is_an_error_naming_the_variable()
    {
        var errors = Errors<AuditLogPublisherOptions>(Publisher((TopicName, new string('a', 250))));

        errors.Should().ContainSingle(e => e.Contains(TopicName, StringComparison.Ordinal) && e.Contains("at most 249", StringComparison.Ordinal));
    }

    [Fact]
    public void Topic_name_of_249_characters_is_legal()
    {
        var topic = new string('a', 249);

        var options = Options<AuditLogPublisherOptions>(Publisher((TopicName, topic)));

        options.TopicName.Should().Be(topic);
    }

    [Fact]
    public void Conduktor_default_topic_name_is_legal()
    {
        var options = Options<AuditLogPublisherOptions>(Publisher((TopicName, "_conduktor_console_audit_log")));

        options.TopicName.Should().Be("_conduktor_console_audit_log");
    }

    [Fact]
    public void Cluster_without_topic_name_is_an_error_naming_the_topic_name_variable()
    {
        var errors = Errors<AuditLogPublisherOptions>(Publisher((TopicName, Unset)));

        errors.Should().ContainSingle().Which.Should().StartWith("CDK_AUDITLOGPUBLISHER_TOPICNAME (or AuditLog:Publisher:TopicName) is required");
    }

    [Fact]
    public void Topic_name_without_cluster_is_an_error_naming_the_cluster_variable()
    {
        var errors = Errors<AuditLogPublisherOptions>(Publisher((Cluster, Unset)));

        errors.Should().ContainSingle().Which.Should().StartWith("CDK_AUDITLOGPUBLISHER_CLUSTER (or AuditLog:Publisher:Cluster) is required");
    }

    [Fact]
    public void Zero_partitions_in_the_section_is_an_error_naming_the_variable_and_the_key()
    {
        var errors = Errors<AuditLogPublisherOptions>(Publisher(("AuditLog:Publisher:Partitions", "0")));

        errors.Should().ContainSingle(e => e.StartsWith(
            "CDK_AUDITLOGPUBLISHER_TOPICCONFIG_PARTITION (or AuditLog:Publisher:Partitions)",
            StringComparison.Ordinal));
    }

    [Fact]
    public void Zero_replication_factor_in_the_section_is_an_error_naming_the_variable_and_the_key()
    {
        var errors = Errors<AuditLogPublisherOptions>(Publisher(("AuditLog:Publisher:ReplicationFactor", "0")));

        errors.Should().ContainSingle().Which.Should().Be(
            "CDK_AUDITLOGPUBLISHER_TOPICCONFIG_REPLICATIONFACTOR (or AuditLog:Publisher:ReplicationFactor) must be at least 1.");
    }

    [Fact]
    public void Illegal_topic_name_error_says_which_rule_it_breaks()
    {
        var errors = Errors<AuditLogPublisherOptions>(Publisher((TopicName, "audit log")));

        errors.Should().ContainSingle().Which.Should().Be(
            "CDK_AUDITLOGPUBLISHER_TOPICNAME (or AuditLog:Publisher:TopicName) must be a legal Kafka topic name: it may only contain ASCII letters, digits, '.', '_' and '-'.");
    }

    // A complete publisher (cluster "main", topic "audit", default topic configuration) with the given entries over it.
    private static Dictionary<string, string?> Publisher(params (string Key, string? Value)[] entries)
    {
        var values = new Dictionary<string, string?>
        {
            [Cluster] = "main",
            [TopicName] = "audit",
            [Partition] = Unset,
            [ReplicationFactor] = Unset,
        };
        foreach (var (key, value) in entries)
        {
            values[key] = value;
        }

        return values;
    }
}
