using System.Diagnostics;
using Confluent.Kafka;

namespace AuditLog.Testing.Tests.Kafka;

public sealed class KafkaMockClusterTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public void StartWithZeroBrokersThrows()
    {
        var start = () => KafkaMockCluster.Start(0);

        start.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void BootstrapServersListsOneLoopbackAddressPerBroker()
    {
        using var cluster = KafkaMockCluster.Start(3);

        string[] addresses = cluster.BootstrapServers.Split(',');

        cluster.BrokerCount.Should().Be(3);
        addresses.Should().HaveCount(3).And.OnlyContain(address => address.StartsWith("127.0.0.1:", StringComparison.Ordinal));
        addresses.Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void ClusterRunsOnTheLibrdkafkaConfluentKafkaLoaded()
    {
        using var cluster = KafkaMockCluster.Start();
        using var producer = new ProducerBuilder<Null, string>(new ProducerConfig { BootstrapServers = cluster.BootstrapServers }).Build();

        string[] mapped = MappedLibrdkafkaFiles();

        mapped.Should().ContainSingle("the mock cluster and the clients must share one copy of librdkafka");
        NativeLibraryFiles.Shipped().Should().Contain(mapped[0], "the copy is one the librdkafka.redist package ships, whichever variant Confluent.Kafka chose");
    }

    [Fact]
    public async Task ProducedMessagesAreConsumedBackInOrder()
    {
        using var cluster = KafkaMockCluster.Start();
        string[] values = ["one", "two", "three", "four", "five"];
        using (var producer = new ProducerBuilder<string, string>(new ProducerConfig
        {
            BootstrapServers = cluster.BootstrapServers,
            EnableIdempotence = true,
            Acks = Acks.All,
        }).Build())
        {
            foreach (string value in values)
            {
                // One key keeps every message on one partition, where order is defined.
                await producer.ProduceAsync("orders", new Message<string, string> { Key = "order-1", Value = value });
            }
        }

        using var consumer = new ConsumerBuilder<string, string>(new ConsumerConfig
        {
            BootstrapServers = cluster.BootstrapServers,
            GroupId = "readers",
            AutoOffsetReset = AutoOffsetReset.Earliest,
        }).Build();
        consumer.Subscribe("orders");
        List<string> received = ConsumeValues(consumer, values.Length);
        consumer.Close();

        received.Should().Equal(values);
    }

    [Fact]
    public void CreatedTopicHasTheRequestedPartitionCount()
    {
        using var cluster = KafkaMockCluster.Start(2);

        cluster.CreateTopic("audit", partitions: 3, replicationFactor: 2);

        using var admin = new AdminClientBuilder(new AdminClientConfig { BootstrapServers = cluster.BootstrapServers }).Build();
        Metadata metadata = admin.GetMetadata("audit", Patience);
        metadata.Topics.Should().ContainSingle().Which.Partitions.Should().HaveCount(3)
            .And.OnlyContain(partition => partition.Replicas.Length == 2);
    }

    [Fact]
    public async Task MessageProducedToAPartitionOfACreatedTopicIsReadFromThatPartition()
    {
        using var cluster = KafkaMockCluster.Start();
        cluster.CreateTopic("audit", partitions: 3, replicationFactor: 1);
        var partition = new TopicPartition("audit", new Partition(2));
        using var producer = new ProducerBuilder<Null, string>(new ProducerConfig { BootstrapServers = cluster.BootstrapServers }).Build();

        DeliveryResult<Null, string> delivery = await producer.ProduceAsync(partition, new Message<Null, string> { Value = "event" });

        delivery.TopicPartition.Should().Be(partition);
        using var consumer = new ConsumerBuilder<Null, string>(new ConsumerConfig
        {
            BootstrapServers = cluster.BootstrapServers,
            GroupId = "partition-reader",
        }).Build();
        consumer.Assign(new TopicPartitionOffset(partition, Offset.Beginning));
        ConsumeValues(consumer, 1).Should().Equal("event");
    }

    [Fact]
    public void CreatingAnExistingTopicThrowsKafkaExceptionNamingTheNativeCall()
    {
        using var cluster = KafkaMockCluster.Start();
        cluster.CreateTopic("audit", partitions: 1, replicationFactor: 1);

        var createAgain = () => cluster.CreateTopic("audit", partitions: 1, replicationFactor: 1);

        createAgain.Should().Throw<KafkaException>()
            .Where(exception => exception.Error.Code == ErrorCode.TopicAlreadyExists)
            .WithMessage("rd_kafka_mock_topic_create failed: *");
    }

    [Fact]
    public async Task ProduceTimesOutWhileTheBrokerIsDown()
    {
        using var cluster = KafkaMockCluster.Start(1);
        using var producer = new ProducerBuilder<Null, string>(new ProducerConfig
        {
            BootstrapServers = cluster.BootstrapServers,
            MessageTimeoutMs = 1500,
        }).Build();
        await producer.ProduceAsync("audit", new Message<Null, string> { Value = "before" });

        cluster.SetBrokerDown(1);
        var produce = () => producer.ProduceAsync("audit", new Message<Null, string> { Value = "during" });

        (await produce.Should().ThrowAsync<ProduceException<Null, string>>())
            .Which.Error.Code.Should().Be(ErrorCode.Local_MsgTimedOut);
    }

    [Fact]
    public async Task ProduceStalledByADownBrokerCompletesOnceTheBrokerIsUp()
    {
        using var cluster = KafkaMockCluster.Start(1);
        using var producer = new ProducerBuilder<Null, string>(new ProducerConfig
        {
            BootstrapServers = cluster.BootstrapServers,
            MessageTimeoutMs = 15000,
            ReconnectBackoffMs = 50,
            ReconnectBackoffMaxMs = 200,
        }).Build();
        await producer.ProduceAsync("audit", new Message<Null, string> { Value = "before" });
        cluster.SetBrokerDown(1);
        Task<DeliveryResult<Null, string>> stalled = producer.ProduceAsync("audit", new Message<Null, string> { Value = "during" });
        await Task.Delay(TimeSpan.FromSeconds(1));
        stalled.IsCompleted.Should().BeFalse("the only broker refuses connections");

        cluster.SetBrokerUp(1);

        DeliveryResult<Null, string> delivery = await stalled.WaitAsync(Patience);
        delivery.Status.Should().Be(PersistenceStatus.Persisted);
    }

    [Fact]
    public async Task PushedProduceErrorFailsTheNextProduceRequestWithThatError()
    {
        using var cluster = KafkaMockCluster.Start();
        using var producer = new ProducerBuilder<Null, string>(new ProducerConfig { BootstrapServers = cluster.BootstrapServers }).Build();
        const short produceApiKey = 0;

        cluster.PushRequestErrors(produceApiKey, ErrorCode.TopicAuthorizationFailed);
        var produce = () => producer.ProduceAsync("audit", new Message<Null, string> { Value = "event" });

        (await produce.Should().ThrowAsync<ProduceException<Null, string>>())
            .Which.Error.Code.Should().Be(ErrorCode.TopicAuthorizationFailed);
    }

    [Fact]
    public async Task BrokerRoundTripTimeDelaysProduceAcknowledgements()
    {
        using var cluster = KafkaMockCluster.Start();
        using var producer = new ProducerBuilder<Null, string>(new ProducerConfig { BootstrapServers = cluster.BootstrapServers }).Build();
        await producer.ProduceAsync("audit", new Message<Null, string> { Value = "warm-up" });

        cluster.SetBrokerRoundTripTime(1, TimeSpan.FromMilliseconds(500));
        var clock = Stopwatch.StartNew();
        await producer.ProduceAsync("audit", new Message<Null, string> { Value = "slow" });

        clock.Elapsed.Should().BeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(450));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    public void BrokerIdOutsideTheClusterIsRejected(int brokerId)
    {
        using var cluster = KafkaMockCluster.Start(2);

        var setDown = () => cluster.SetBrokerDown(brokerId);

        setDown.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void DisposingTwiceIsSafe()
    {
        var cluster = KafkaMockCluster.Start();
        cluster.Dispose();

        var disposeAgain = () => cluster.Dispose();

        disposeAgain.Should().NotThrow();
    }

    [Fact]
    public async Task MethodsAfterDisposeThrowObjectDisposedException()
    {
        var cluster = KafkaMockCluster.Start();
        await cluster.DisposeAsync();

        var createTopic = () => cluster.CreateTopic("audit", 1, 1);
        var pushErrors = () => cluster.PushRequestErrors(0, ErrorCode.NotLeaderForPartition);

        createTopic.Should().Throw<ObjectDisposedException>();
        pushErrors.Should().Throw<ObjectDisposedException>();
    }

    private static List<string> ConsumeValues<TKey>(IConsumer<TKey, string> consumer, int count)
    {
        var values = new List<string>();
        var clock = Stopwatch.StartNew();
        while (values.Count < count && clock.Elapsed < Patience)
        {
            ConsumeResult<TKey, string>? result = consumer.Consume(TimeSpan.FromMilliseconds(100));
            if (result?.Message is not null)
            {
                values.Add(result.Message.Value);
            }
        }

        return values;
    }

    private static string[] MappedLibrdkafkaFiles() =>
        File.ReadLines("/proc/self/maps")
            .Select(line => line.IndexOf('/', StringComparison.Ordinal) is var slash and >= 0 ? line[slash..] : string.Empty)
            .Where(path => path.Contains("rdkafka", StringComparison.Ordinal))
            .Distinct()
            .ToArray();
}
