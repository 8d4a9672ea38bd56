using System.Buffers;
using AuditLog.CloudEvents;
using AuditLog.Resources;
using BenchmarkDotNet.Attributes;
using CloudNative.CloudEvents.SystemTextJson;
using SdkCloudEvent = CloudNative.CloudEvents.CloudEvent;

namespace AuditLog.Benchmarks;

/// <summary>
/// One audit event as its CloudEvent JSON and back: the cost paid per event by every sink, measured
/// beside the CloudEvents SDK's <see cref="JsonEventFormatter"/> encoding and decoding the same event.
/// </summary>
[MemoryDiagnoser]
public class CloudEventSerializationBenchmarks
{
    private readonly ArrayBufferWriter<byte> buffer = new(4096);
    private readonly JsonEventFormatter sdk = new();
    private AuditEvent auditEvent = null!;
    private SdkCloudEvent sdkEvent = null!;
    private string json = null!;
    private byte[] utf8 = null!;

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
        utf8 = AuditCloudEventMapper.ToUtf8Json(auditEvent);
        sdkEvent = AuditCloudEventMapper.ToCloudEvent(auditEvent);
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
    public byte[] ToUtf8Json() => AuditCloudEventMapper.ToUtf8Json(auditEvent);

    /// <summary>The SDK writing an event it already holds.</summary>
    [Benchmark]
    public int SdkEncode() => sdk.EncodeStructuredModeMessage(sdkEvent, out _).Length;

    /// <summary>A host's SDK path from an audit event to bytes.</summary>
    [Benchmark]
    public int ToCloudEventThenSdkEncode() => sdk.EncodeStructuredModeMessage(AuditCloudEventMapper.ToCloudEvent(auditEvent), out _).Length;

    [Benchmark]
    public AuditEvent FromJson() => AuditCloudEventMapper.FromJson(json);

    [Benchmark]
    public AuditEvent FromUtf8Json() => AuditCloudEventMapper.FromJson(utf8);

    /// <summary>The SDK reading the library's bytes into its own event.</summary>
    [Benchmark]
    public SdkCloudEvent SdkDecode() => sdk.DecodeStructuredModeMessage(utf8, null, null);

    /// <summary>A host's SDK path from bytes to an audit event.</summary>
    [Benchmark]
    public AuditEvent SdkDecodeThenFromCloudEvent() => AuditCloudEventMapper.FromCloudEvent(sdk.DecodeStructuredModeMessage(utf8, null, null));
}
