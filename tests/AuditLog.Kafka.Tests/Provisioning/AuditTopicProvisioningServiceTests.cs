using AuditLog.Kafka.Configuration;
using AuditLog.Kafka.Provisioning;
using AuditLog.Kafka.Tests.Support;
using Confluent.Kafka;
using Microsoft.Extensions.Logging;
using NSubstitute;

namespace AuditLog.Kafka.Tests.Provisioning;

public sealed class AuditTopicProvisioningServiceTests : IDisposable
{
    private readonly ManualResetEventSlim brokerAnswers = new();
    private readonly IAdminClient admin = Substitute.For<IAdminClient>();
    private readonly CapturedLogs logs = new();

    public AuditTopicProvisioningServiceTests() =>
        admin.GetMetadata(Arg.Any<string>(), Arg.Any<TimeSpan>()).Returns(_ =>
        {
            brokerAnswers.Wait(TimeSpan.FromSeconds(10));
            throw new KafkaException(ErrorCode.Local_TimedOut);
        });

    [Fact]
    public async Task Lets_the_host_start_with_a_warning_when_provisioning_outlasts_its_timeout()
    {
        var start = () => Service(TimeSpan.FromMilliseconds(100)).StartAsync(CancellationToken.None);

        await start.Should().CompleteWithinAsync(TimeSpan.FromSeconds(5));
        logs.Entries.Should().ContainSingle().Which.Should().Match<CapturedLog>(e =>
            e.Level == LogLevel.Warning && e.Message == "Provisioning audit topic audit on Kafka cluster prod took longer than 00:00:00.1000000; the host starts anyway.");
    }

    [Fact]
    public async Task Stops_when_the_hosts_start_is_cancelled()
    {
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        var start = () => Service(TimeSpan.FromMinutes(1)).StartAsync(cancellation.Token);

        await start.Should().ThrowAsync<OperationCanceledException>();
        logs.Entries.Should().BeEmpty();
    }

    public void Dispose()
    {
        brokerAnswers.Set();
        brokerAnswers.Dispose();
    }

    private AuditTopicProvisioningService Service(TimeSpan timeout) => new(
        new AuditTopicProvisioner(
            Clusters.Publisher("prod", "audit"),
            new KafkaClusterRegistry(Clusters.Registered("prod", "broker:9092")),
            _ => admin,
            logs.CreateLogger<AuditTopicProvisioner>()),
        logs.CreateLogger<AuditTopicProvisioningService>(),
        timeout);
}
