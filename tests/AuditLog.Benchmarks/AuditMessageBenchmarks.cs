using AuditLog.CloudEvents;
using AuditLog.Kafka;
using AuditLog.Kafka.Wire;
using AuditLog.Resources;
using BenchmarkDotNet.Attributes;
using Confluent.Kafka;

namespace AuditLog.Benchmarks;

/// <summary>
/// One audit event's record on the audit topic, made from its stored payload and read back, in both content modes:
/// the cost the Kafka export adds to each event, beside the serialisation it starts from.
/// </summary>
[MemoryDiagnoser]
public class AuditMessageBenchmarks
{
    private string payload = null!;
    private string address = null!;
    private AuditChainLink link = null!;
    private Message<byte[], byte[]> structured = null!;
    private Message<byte[], byte[]> binary = null!;

    [GlobalSetup]
    public void Setup()
    {
        var auditEvent = AuditEvents.Kafka.Topic.Create.For(new KafkaTopic("production", "website-orders"), AuditActor.User("alice@example.com", "Alice"))
            .WithMetadata("partitions", 6)
            .WithMetadata("replicationFactor", 3) with
        {
            Id = Guid.CreateVersion7(),
            Time = DateTimeOffset.UtcNow,
            Client = new AuditClient("203.0.113.7", "Mozilla/5.0"),
        };
        payload = AuditCloudEventMapper.ToJson(auditEvent);
        address = auditEvent.Resource.Address;
        // Any 32 bytes do: reading does not check the hash.
        var previous = new byte[32];
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(payload));
        link = AuditChainLink.Of(Guid.CreateVersion7(), 42, hash, previous, false);
        structured = AuditMessageWriter.Create(payload, address, link, AuditMessageFormat.Structured);
        binary = AuditMessageWriter.Create(payload, address, link, AuditMessageFormat.Binary);
    }

    [Benchmark]
    public Message<byte[], byte[]> CreateStructured() => AuditMessageWriter.Create(payload, address, link, AuditMessageFormat.Structured);

    [Benchmark]
    public Message<byte[], byte[]> CreateBinary() => AuditMessageWriter.Create(payload, address, link, AuditMessageFormat.Binary);

    /// <summary>Reading includes parsing the stored payload into the audit event.</summary>
    [Benchmark]
    public AuditEvent ReadStructured() => AuditMessageReader.Read(structured).Event;

    [Benchmark]
    public AuditEvent ReadBinary() => AuditMessageReader.Read(binary).Event;

    /// <summary>What every read pays anyway: the core reading the stored payload.</summary>
    [Benchmark(Baseline = true)]
    public AuditEvent FromJsonOnly() => AuditCloudEventMapper.FromJson(payload);
}
