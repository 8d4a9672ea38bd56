using System.Runtime.InteropServices;
using AuditLog.Testing.Kafka;
using Confluent.Kafka;

namespace AuditLog.Testing;

/// <summary>
/// An in-process Kafka cluster for tests: librdkafka's mock cluster, which speaks the Kafka wire
/// protocol over TCP on 127.0.0.1, so any Confluent.Kafka client can use <see cref="BootstrapServers"/>.
/// </summary>
/// <remarks>
/// The mock supports produce (also idempotent and transactional), fetch, metadata with automatic
/// topic creation, list offsets and consumer groups; it does not support admin requests such as
/// CreateTopics (use <see cref="CreateTopic"/>). Consumer groups form without the usual 3 s
/// initial rebalance delay. It runs inside the librdkafka Confluent.Kafka
/// loaded, so it lives and dies with the test process. The type has no finalizer: dispose it.
/// </remarks>
public sealed class KafkaMockCluster : IAsyncDisposable, IDisposable
{
    private readonly Lock gate = new();
    private nint handle;
    private nint cluster;
    private bool disposed;

    private KafkaMockCluster(nint handle, nint cluster, int brokerCount, string bootstrapServers)
    {
        this.handle = handle;
        this.cluster = cluster;
        BrokerCount = brokerCount;
        BootstrapServers = bootstrapServers;
    }

    /// <summary>The brokers' addresses, <c>127.0.0.1:port</c> separated by commas, for <c>bootstrap.servers</c>.</summary>
    public string BootstrapServers { get; }

    /// <summary>The number of brokers; their ids are 1 to <see cref="BrokerCount"/>.</summary>
    public int BrokerCount { get; }

    /// <summary>Starts a mock cluster whose brokers listen on free ports of 127.0.0.1.</summary>
    /// <param name="brokerCount">The number of brokers, at least 1.</param>
    /// <returns>The running cluster.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="brokerCount"/> is less than 1.</exception>
    /// <exception cref="KafkaException">librdkafka could not create the cluster.</exception>
    public static KafkaMockCluster Start(int brokerCount = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(brokerCount, 1);
        LibrdkafkaResolver.EnsureRegistered();
        EnsureSameLibraryVersion();

        nint rk = CreateHandle();
        nint mcluster = NativeMethods.MockClusterNew(rk, brokerCount);
        if (mcluster == 0)
        {
            NativeMethods.Destroy(rk);
            throw new KafkaException(new Error(
                ErrorCode.Local_Fail,
                "rd_kafka_mock_cluster_new failed (librdkafka logged the reason to stderr)."));
        }

        string? bootstraps = Marshal.PtrToStringUTF8(NativeMethods.MockClusterBootstraps(mcluster));
        if (string.IsNullOrEmpty(bootstraps))
        {
            NativeMethods.MockClusterDestroy(mcluster);
            NativeMethods.Destroy(rk);
            throw new KafkaException(new Error(ErrorCode.Local_Fail, "rd_kafka_mock_cluster_bootstraps returned no address."));
        }

        // Brokers wait 3 s by default before forming a new consumer group, which every test would pay.
        NativeMethods.MockGroupInitialRebalanceDelayMs(mcluster, 0);
        return new KafkaMockCluster(rk, mcluster, brokerCount, bootstraps);
    }

    /// <summary>Disconnects the broker's clients and refuses new connections; leadership does not move.</summary>
    /// <param name="brokerId">The broker id, 1 to <see cref="BrokerCount"/>.</param>
    public void SetBrokerDown(int brokerId)
    {
        ValidateBrokerId(brokerId);
        Invoke("rd_kafka_mock_broker_set_down", mcluster => NativeMethods.MockBrokerSetDown(mcluster, brokerId));
    }

    /// <summary>Lets the broker accept connections again.</summary>
    /// <param name="brokerId">The broker id, 1 to <see cref="BrokerCount"/>.</param>
    public void SetBrokerUp(int brokerId)
    {
        ValidateBrokerId(brokerId);
        Invoke("rd_kafka_mock_broker_set_up", mcluster => NativeMethods.MockBrokerSetUp(mcluster, brokerId));
    }

    /// <summary>Delays every response of the broker by <paramref name="rtt"/>.</summary>
    /// <param name="brokerId">The broker id, 1 to <see cref="BrokerCount"/>.</param>
    /// <param name="rtt">The round-trip time to add, whole milliseconds, <see cref="TimeSpan.Zero"/> to remove it.</param>
    public void SetBrokerRoundTripTime(int brokerId, TimeSpan rtt)
    {
        ValidateBrokerId(brokerId);
        ArgumentOutOfRangeException.ThrowIfLessThan(rtt, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rtt, TimeSpan.FromMilliseconds(int.MaxValue));
        int milliseconds = (int)rtt.TotalMilliseconds;
        Invoke("rd_kafka_mock_broker_set_rtt", mcluster => NativeMethods.MockBrokerSetRtt(mcluster, brokerId, milliseconds));
    }

    /// <summary>
    /// Makes the next requests of one type fail: the n-th following request with
    /// <paramref name="apiKey"/> gets the n-th error, on any broker.
    /// </summary>
    /// <param name="apiKey">The Kafka protocol request type, e.g. 0 for Produce, 1 for Fetch, 3 for Metadata.</param>
    /// <param name="errors">The errors, in order; <see cref="ErrorCode.Local_Transport"/> makes the broker disconnect.</param>
    public unsafe void PushRequestErrors(short apiKey, params ErrorCode[] errors)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(apiKey);
        ArgumentNullException.ThrowIfNull(errors);
        if (errors.Length == 0)
        {
            throw new ArgumentException("Push at least one error.", nameof(errors));
        }

        // ErrorCode mirrors rd_kafka_resp_err_t value for value, and both are 32-bit.
        int[] codes = Array.ConvertAll(errors, error => (int)error);
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            fixed (int* first = codes)
            {
                NativeMethods.MockPushRequestErrorsArray(cluster, apiKey, (nuint)codes.Length, first);
            }
        }
    }

    /// <summary>Creates a topic, as the mock does not serve the CreateTopics admin request.</summary>
    /// <param name="name">The topic name.</param>
    /// <param name="partitions">The number of partitions, at least 1.</param>
    /// <param name="replicationFactor">The number of replicas per partition, 1 to <see cref="BrokerCount"/>.</param>
    /// <exception cref="KafkaException">The topic exists (<see cref="ErrorCode.TopicAlreadyExists"/>) or could not be created.</exception>
    public void CreateTopic(string name, int partitions, int replicationFactor)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentOutOfRangeException.ThrowIfLessThan(partitions, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(replicationFactor, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(replicationFactor, BrokerCount);
        Invoke(
            "rd_kafka_mock_topic_create",
            mcluster => NativeMethods.MockTopicCreate(mcluster, name, partitions, replicationFactor));
    }

    /// <summary>Stops the brokers and frees the cluster; later calls do nothing.</summary>
    public void Dispose()
    {
        lock (gate)
        {
            if (disposed)
            {
                return;
            }

            disposed = true;
            NativeMethods.MockClusterDestroy(cluster);
            NativeMethods.Destroy(handle);
            cluster = 0;
            handle = 0;
        }
    }

    /// <summary>Stops the brokers and frees the cluster; later calls do nothing.</summary>
    /// <returns>A completed task: the native teardown is synchronous.</returns>
    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    private static void EnsureSameLibraryVersion()
    {
        int ours = NativeMethods.Version();
        int confluents = Library.Version;
        if (ours != confluents)
        {
            throw new InvalidOperationException(
                $"The librdkafka bound for the mock cluster (version 0x{ours:x8}) is not the one Confluent.Kafka loaded (0x{confluents:x8}).");
        }
    }

    private static unsafe nint CreateHandle()
    {
        const int errorBufferSize = 512;
        byte* errorBuffer = stackalloc byte[errorBufferSize];
        nint conf = NativeMethods.ConfNew();

        // The handle only hosts the cluster and never connects anywhere: log warnings and errors
        // only, so its notice about having no bootstrap.servers stays out of test output.
        foreach ((string name, string value) in new[] { ("client.id", "auditlog-mock-cluster"), ("log_level", "4") })
        {
            if (NativeMethods.ConfSet(conf, name, value, errorBuffer, errorBufferSize) != NativeMethods.ConfOk)
            {
                string reason = Marshal.PtrToStringUTF8((nint)errorBuffer) ?? "unknown";
                NativeMethods.ConfDestroy(conf);
                throw new KafkaException(new Error(ErrorCode.Local_InvalidArg, $"rd_kafka_conf_set({name}) failed: {reason}"));
            }
        }

        nint rk = NativeMethods.New(NativeMethods.ProducerType, conf, errorBuffer, errorBufferSize);
        if (rk == 0)
        {
            string reason = Marshal.PtrToStringUTF8((nint)errorBuffer) ?? "unknown";
            NativeMethods.ConfDestroy(conf);
            throw new KafkaException(new Error(ErrorCode.Local_Fail, $"rd_kafka_new failed: {reason}"));
        }

        return rk;
    }

    private static void ThrowIfFailed(string function, int error)
    {
        if (error != NativeMethods.NoError)
        {
            string reason = Marshal.PtrToStringUTF8(NativeMethods.ErrorToString(error)) ?? $"error {error}";
            throw new KafkaException(new Error((ErrorCode)error, $"{function} failed: {reason}"));
        }
    }

    private void ValidateBrokerId(int brokerId)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(brokerId, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(brokerId, BrokerCount);
    }

    // Holding the lock across the native call keeps Dispose from freeing the cluster under it.
    private void Invoke(string function, Func<nint, int> call)
    {
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            ThrowIfFailed(function, call(cluster));
        }
    }
}
