using static AuditLog.Tests.Configuration.ConfiguredAuditLog;

namespace AuditLog.Tests.Configuration;

public sealed class AuditLogSectionTests
{
    [Fact]
    public void Section_binds_QueueCapacity()
    {
        var options = Options<AuditLogOptions>(new Dictionary<string, string?> { ["AuditLog:QueueCapacity"] = "42" });

        options.QueueCapacity.Should().Be(42);
    }

    [Fact]
    public void Section_binds_QueueFullPolicy_by_name()
    {
        var options = Options<AuditLogOptions>(new Dictionary<string, string?> { ["AuditLog:QueueFullPolicy"] = "Throw" });

        options.QueueFullPolicy.Should().Be(AuditQueueFullPolicy.Throw);
    }

    [Fact]
    public void Section_binds_time_spans()
    {
        var options = Options<AuditLogOptions>(new Dictionary<string, string?> { ["AuditLog:RetryMaxDelay"] = "00:02:00" });

        options.RetryMaxDelay.Should().Be(TimeSpan.FromMinutes(2));
    }

    [Fact]
    public void Publisher_section_binds_topic_name()
    {
        var options = Options<AuditLogPublisherOptions>(new Dictionary<string, string?>
        {
            ["AuditLog:Publisher:Cluster"] = "main",
            ["AuditLog:Publisher:TopicName"] = "section-topic",
            ["CDK_AUDITLOGPUBLISHER_CLUSTER"] = Unset,
            ["CDK_AUDITLOGPUBLISHER_TOPICNAME"] = Unset,
        });

        options.TopicName.Should().Be("section-topic");
    }

    [Fact]
    public void Publisher_section_binds_partitions()
    {
        var options = Options<AuditLogPublisherOptions>(new Dictionary<string, string?>
        {
            ["AuditLog:Publisher:Partitions"] = "12",
            ["CDK_AUDITLOGPUBLISHER_TOPICCONFIG_PARTITION"] = Unset,
        });

        options.Partitions.Should().Be(12);
    }

    [Fact]
    public void Topic_name_variable_overrides_the_publisher_section()
    {
        var options = Options<AuditLogPublisherOptions>(new Dictionary<string, string?>
        {
            ["AuditLog:Publisher:Cluster"] = "main",
            ["AuditLog:Publisher:TopicName"] = "section-topic",
            ["CDK_AUDITLOGPUBLISHER_CLUSTER"] = Unset,
            ["CDK_AUDITLOGPUBLISHER_TOPICNAME"] = "variable-topic",
        });

        options.TopicName.Should().Be("variable-topic");
    }

    [Fact]
    public void Partition_variable_overrides_the_publisher_section()
    {
        var options = Options<AuditLogPublisherOptions>(new Dictionary<string, string?>
        {
            ["AuditLog:Publisher:Partitions"] = "12",
            ["CDK_AUDITLOGPUBLISHER_TOPICCONFIG_PARTITION"] = "3",
        });

        options.Partitions.Should().Be(3);
    }

    [Fact]
    public void Blank_variable_leaves_the_publisher_section_value()
    {
        var options = Options<AuditLogPublisherOptions>(new Dictionary<string, string?>
        {
            ["AuditLog:Publisher:Cluster"] = "main",
            ["AuditLog:Publisher:TopicName"] = "section-topic",
            ["CDK_AUDITLOGPUBLISHER_CLUSTER"] = Unset,
            ["CDK_AUDITLOGPUBLISHER_TOPICNAME"] = "   ",
        });

        options.TopicName.Should().Be("section-topic");
    }

    [Fact]
    public void AddAuditLog_delegate_overrides_the_section()
    {
        var options = Options<AuditLogOptions>(
            new Dictionary<string, string?> { ["AuditLog:QueueCapacity"] = "42" },
            o => o.QueueCapacity = 7);

        options.QueueCapacity.Should().Be(7);
    }

    [Fact]
    public void AddAuditLog_delegate_keeps_section_values_it_does_not_set()
    {
        var options = Options<AuditLogOptions>(
            new Dictionary<string, string?> { ["AuditLog:QueueCapacity"] = "42", ["AuditLog:MaxBatchSize"] = "50" },
            o => o.QueueCapacity = 7);

        options.MaxBatchSize.Should().Be(50);
    }

    [Fact]
    public void Zero_queue_capacity_in_the_section_is_an_error_naming_the_option()
    {
        var errors = Errors<AuditLogOptions>(new Dictionary<string, string?> { ["AuditLog:QueueCapacity"] = "0" });

        errors.Should().ContainSingle().Which.Should().Contain(nameof(AuditLogOptions.QueueCapacity));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("100001")]
    public void Out_of_range_max_batch_size_in_the_section_is_an_error_naming_the_option(string value)
    {
        var errors = Errors<AuditLogOptions>(new Dictionary<string, string?> { ["AuditLog:MaxBatchSize"] = value });

        errors.Should().ContainSingle().Which.Should().Contain(nameof(AuditLogOptions.MaxBatchSize));
    }

    [Fact]
    public void Retry_max_delay_shorter_than_initial_delay_is_an_error_naming_both()
    {
        var errors = Errors<AuditLogOptions>(new Dictionary<string, string?>
        {
            ["AuditLog:RetryInitialDelay"] = "00:00:10",
            ["AuditLog:RetryMaxDelay"] = "00:00:01",
        });

        errors.Should().ContainSingle().Which.Should().Be("AuditLog:RetryMaxDelay must not be shorter than RetryInitialDelay.");
    }

    [Fact]
    public void Out_of_range_value_set_by_the_delegate_is_an_error_naming_the_option()
    {
        var errors = Errors<AuditLogOptions>(new Dictionary<string, string?>(), o => o.QueueCapacity = 0);

        errors.Should().ContainSingle().Which.Should().Contain(nameof(AuditLogOptions.QueueCapacity));
    }

    [Fact]
    public void Undefined_queue_full_policy_set_by_the_delegate_is_an_error_naming_the_option()
    {
        var errors = Errors<AuditLogOptions>(new Dictionary<string, string?>(), o => o.QueueFullPolicy = (AuditQueueFullPolicy)42);

        errors.Should().ContainSingle().Which.Should().StartWith("AuditLog:QueueFullPolicy must be one of Wait, Throw, Drop");
    }

    [Fact]
    public void Out_of_range_queue_capacity_is_an_error_naming_the_configuration_key_and_the_range()
    {
        var errors = Errors<AuditLogOptions>(new Dictionary<string, string?> { ["AuditLog:QueueCapacity"] = "0" });

        errors.Should().ContainSingle().Which.Should().Be("AuditLog:QueueCapacity must be from 1 to 10000000.");
    }

    [Fact]
    public void Write_timeout_of_zero_is_an_error_naming_the_configuration_key()
    {
        var errors = Errors<AuditLogOptions>(new Dictionary<string, string?>(), o => o.WriteTimeout = TimeSpan.Zero);

        errors.Should().ContainSingle().Which.Should().StartWith("AuditLog:WriteTimeout must be from");
    }

    [Fact]
    public void Blank_redacted_key_is_an_error_naming_the_configuration_key()
    {
        var errors = Errors<AuditLogOptions>(new Dictionary<string, string?>(), o => o.RedactedKeys.Add(" "));

        errors.Should().ContainSingle().Which.Should().Be("AuditLog:RedactedKeys must not contain empty entries.");
    }

    [Fact]
    public void Field_and_cross_field_errors_are_reported_together()
    {
        var errors = Errors<AuditLogOptions>(new Dictionary<string, string?>
        {
            ["AuditLog:MaxBatchSize"] = "0",
            ["AuditLog:RetryInitialDelay"] = "00:00:10",
            ["AuditLog:RetryMaxDelay"] = "00:00:01",
        });

        errors.Should().HaveCount(2);
    }

    [Fact]
    public void Unreadable_section_value_fails_naming_the_configuration_key()
    {
        var read = () => Options<AuditLogOptions>(new Dictionary<string, string?> { ["AuditLog:QueueFullPolicy"] = "Sometimes" });

        read.Should().Throw<InvalidOperationException>().WithMessage("*AuditLog:QueueFullPolicy*");
    }
}
