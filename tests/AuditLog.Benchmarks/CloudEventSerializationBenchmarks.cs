using System.Buffers;
using AuditLog.CloudEvents;
using AuditLog.Resources;
using BenchmarkDotNet.Attributes;

namespace AuditLog.Benchmarks;

/// <summary>Writing one audit event as its CloudEvent JSON: the cost paid per event by every sink.</summary>
[MemoryDiagnoser]
public class CloudEventSerializationBenchmarks
{
    private readonly ArrayBufferWriter<byte> buffer = new(4096);
    private AuditEvent auditEvent = null!;
    private string json = null!;

    [GlobalSetup]
    public void Setup()
    {
        auditEvent = AuditEvents.Kafka.Topic.Create.For(new KafkaTopic("production", "website-orders"), AuditActor.User("alice@example.com", "Alice"))
            .WithMetadata("partitions", 6)
            .WithMetadata("replicationFactor", 3) with
        {
            Id = Guid.CreateVersion7(),
            Time = DateTimeOffset.UtcNow,
            Client = new AuditClient("203.0.113.7", "Mozilla/5.0"),
        };
        json = AuditCloudEventMapper.ToJson(auditEvent);
    }

    [Benchmark]
    public int WriteToBuffer()
    {
        buffer.ResetWrittenCount();
        AuditCloudEventMapper.Write(auditEvent, buffer);
        return buffer.WrittenCount;
    }

    [Benchmark]
    public string ToJson() => AuditCloudEventMapper.ToJson(auditEvent);

    [Benchmark]
    public AuditEvent FromJson() => AuditCloudEventMapper.FromJson(json);
}
