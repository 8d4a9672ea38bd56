using AuditLog.Kafka.Configuration;
using AuditLog.Kafka.Provisioning;
using AuditLog.Kafka.Tests.Support;
using Confluent.Kafka;
using Confluent.Kafka.Admin;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NSubstitute;
using NSubstitute.ExceptionExtensions;

namespace AuditLog.Kafka.Tests.Provisioning;

public sealed class AuditTopicProvisionerTests
{
    private const string Topic = "_conduktor_console_audit_log";
    private const string Password = "Pa55-never-logged";

    private readonly IAdminClient admin = Substitute.For<IAdminClient>();
    private readonly CapturedLogs logs = new();
    private readonly List<AdminClientConfig> adminConfigs = [];

    [Fact]
    public async Task Creates_a_missing_topic_with_the_configured_partitions_and_replication_factor()
    {
        TopicIsMissing();

        await Provisioner(Clusters.Publisher("prod", Topic, partitions: 3, replicationFactor: 2)).ProvisionAsync(CancellationToken.None);

        await admin.Received(1).CreateTopicsAsync(
            Arg.Is<IEnumerable<TopicSpecification>>(specs => specs.Single().Name == Topic && specs.Single().NumPartitions == 3 && specs.Single().ReplicationFactor == 2),
            Arg.Any<CreateTopicsOptions>());
        logs.Messages.Should().ContainSingle().Which.Should().Be($"Created audit topic {Topic} on Kafka cluster prod with 3 partitions and replication factor 2.");
    }

    [Fact]
    public async Task Leaves_an_existing_topic_alone()
    {
        TopicExists();

        await Provisioner().ProvisionAsync(CancellationToken.None);

        await admin.DidNotReceiveWithAnyArgs().CreateTopicsAsync(default!, default);
        logs.Messages.Should().Equal($"Audit topic {Topic} exists on Kafka cluster prod.");
    }

    [Fact]
    public async Task Accepts_a_topic_another_client_created_meanwhile()
    {
        TopicIsMissing();
        CreationFails(PerTopic(ErrorCode.TopicAlreadyExists));

        await Provisioner().ProvisionAsync(CancellationToken.None);

        logs.Entries.Should().ContainSingle().Which.Level.Should().Be(LogLevel.Information);
        logs.Messages.Single().Should().Contain("created by another client meanwhile");
    }

    [Theory]
    [InlineData(ErrorCode.TopicAuthorizationFailed)]
    [InlineData(ErrorCode.ClusterAuthorizationFailed)]
    public async Task Carries_on_with_a_warning_naming_the_ACLs_when_not_authorised_to_create_a_topic_that_exists(ErrorCode refusal)
    {
        admin.GetMetadata(Topic, Arg.Any<TimeSpan>()).Returns(MetadataOf(ErrorCode.UnknownTopicOrPart), MetadataOf(ErrorCode.NoError));
        CreationFails(PerTopic(refusal));

        await Provisioner().ProvisionAsync(CancellationToken.None);

        logs.Entries.Select(e => e.Level).Should().Equal(LogLevel.Warning, LogLevel.Information);
        logs.Messages.First().Should().Contain(Topic).And.Contain(refusal.ToString()).And.Contain($"Create and Describe ACLs on topic {Topic}");
        logs.Messages.Last().Should().Be($"Audit topic {Topic} exists on Kafka cluster prod.");
    }

    [Fact]
    public async Task Logs_an_error_when_not_authorised_to_create_a_topic_that_does_not_exist()
    {
        TopicIsMissing();
        CreationFails(PerTopic(ErrorCode.TopicAuthorizationFailed));

        await Provisioner().ProvisionAsync(CancellationToken.None);

        logs.Entries.Select(e => e.Level).Should().Equal(LogLevel.Warning, LogLevel.Error);
        logs.Messages.Last().Should().StartWith($"Audit topic {Topic} does not exist on Kafka cluster prod");
    }

    [Theory]
    [InlineData(ErrorCode.UnsupportedVersion)]
    [InlineData(ErrorCode.Local_UnsupportedFeature)]
    public async Task Warns_when_the_broker_has_no_admin_API(ErrorCode code)
    {
        TopicIsMissing();
        CreationFails(new KafkaException(code));

        await Provisioner().ProvisionAsync(CancellationToken.None);

        logs.Entries.First().Level.Should().Be(LogLevel.Warning);
        logs.Messages.First().Should().Contain("no admin API").And.Contain(code.ToString());
    }

    [Fact]
    public async Task Logs_other_failures_without_failing()
    {
        TopicIsMissing();
        CreationFails(PerTopic(ErrorCode.InvalidReplicationFactor));

        var provision = () => Provisioner().ProvisionAsync(CancellationToken.None);

        await provision.Should().NotThrowAsync();
        logs.Entries.Should().ContainSingle().Which.Message.Should().Contain("could not be provisioned (InvalidReplicationFactor)");
    }

    [Fact]
    public async Task Logs_Conduktors_message_when_the_publisher_names_no_registered_cluster()
    {
        await Provisioner(Clusters.Publisher("staging", Topic)).ProvisionAsync(CancellationToken.None);

        logs.Entries.Should().ContainSingle().Which.Should().Match<CapturedLog>(log =>
            log.Level == LogLevel.Error && log.Message == "Failed to publish audit log event: Not found. Could not find cluster staging");
        adminConfigs.Should().BeEmpty();
    }

    [Fact]
    public async Task Does_nothing_when_the_publisher_is_not_enabled()
    {
        await Provisioner(Options.Create(new AuditLogPublisherOptions())).ProvisionAsync(CancellationToken.None);

        adminConfigs.Should().BeEmpty();
        logs.Entries.Should().BeEmpty();
    }

    [Fact]
    public async Task Connects_with_the_clusters_bootstrap_servers_and_mapped_properties()
    {
        TopicExists();

        await Provisioner().ProvisionAsync(CancellationToken.None);

        adminConfigs.Should().ContainSingle().Which.Should().Contain(new Dictionary<string, string>
        {
            ["bootstrap.servers"] = "broker-1:9092",
            ["security.protocol"] = "sasl_ssl",
            ["sasl.mechanisms"] = "PLAIN",
            ["sasl.username"] = "svc-audit-user",
            ["sasl.password"] = Password,
        });
    }

    [Fact]
    public async Task Asks_brokers_not_to_auto_create_the_topic_while_describing_it()
    {
        TopicIsMissing();

        await Provisioner().ProvisionAsync(CancellationToken.None);

        adminConfigs.Single().Get("allow.auto.create.topics").Should().Be("false");
    }

    [Fact]
    public async Task Honours_cancellation()
    {
        using var brokerAnswers = new ManualResetEventSlim();
        admin.GetMetadata(Topic, Arg.Any<TimeSpan>()).Returns(_ =>
        {
            brokerAnswers.Wait(TimeSpan.FromSeconds(10));
            return MetadataOf(ErrorCode.NoError);
        });
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        var provision = () => Provisioner().ProvisionAsync(cancellation.Token);

        await provision.Should().ThrowAsync<OperationCanceledException>();
        brokerAnswers.Set();
    }

    [Fact]
    public async Task Never_logs_a_client_property()
    {
        TopicIsMissing();
        CreationFails(new KafkaException(ErrorCode.Local_Transport));

        await Provisioner().ProvisionAsync(CancellationToken.None);

        logs.Entries.Should().NotBeEmpty();
        logs.Entries.Should().AllSatisfy(log => $"{log.Message} {log.Exception}".Should().NotContain(Password).And.NotContain("svc-audit-user"));
    }

    private AuditTopicProvisioner Provisioner(IOptions<AuditLogPublisherOptions>? publisher = null) => new(
        publisher ?? Clusters.Publisher("prod", Topic),
        new KafkaClusterRegistry(Clusters.Registered(
            "prod",
            "broker-1:9092",
            ("security.protocol", "SASL_SSL"),
            ("sasl.mechanism", "PLAIN"),
            ("sasl.jaas.config", $"org.apache.kafka.common.security.plain.PlainLoginModule required username=\"svc-audit-user\" password=\"{Password}\";"))),
        config =>
        {
            adminConfigs.Add(config);
            return admin;
        },
        logs.CreateLogger<AuditTopicProvisioner>());

    private void TopicExists() => admin.GetMetadata(Topic, Arg.Any<TimeSpan>()).Returns(MetadataOf(ErrorCode.NoError));

    private void TopicIsMissing() => admin.GetMetadata(Topic, Arg.Any<TimeSpan>()).Returns(MetadataOf(ErrorCode.UnknownTopicOrPart));

    private void CreationFails(KafkaException exception) => admin.CreateTopicsAsync(default!, default).ThrowsAsyncForAnyArgs(exception);

    private static Metadata MetadataOf(ErrorCode topicError) =>
        new([], [new TopicMetadata(Topic, [], new Error(topicError))], originatingBrokerId: 1, originatingBrokerName: "broker-1");

    private static CreateTopicsException PerTopic(ErrorCode code) =>
        new([new CreateTopicReport { Topic = Topic, Error = new Error(code) }]);
}
