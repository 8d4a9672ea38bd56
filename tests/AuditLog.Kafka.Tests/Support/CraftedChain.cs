using System.Text;
using AuditLog.CloudEvents;
using AuditLog.Integrity;
using AuditLog.Kafka.Wire;
using AuditLog.Resources;
using Confluent.Kafka;

namespace AuditLog.Kafka.Tests.Support;

/// <summary>One writer's chain made by hand, as the relay would publish it, so tests can break it on purpose.</summary>
public sealed class CraftedChain(string? integrityKey = null)
{
    private readonly List<(string Payload, AuditEvent Event, AuditChainLink Link)> links = [];

    public Guid Writer { get; } = Guid.CreateVersion7();

    /// <summary>The stored payload, event and link of each sequence, from 1.</summary>
    public (string Payload, AuditEvent Event, AuditChainLink Link) this[long sequence] => links[(int)sequence - 1];

    /// <summary>Chains <paramref name="count"/> more topic creations.</summary>
    public CraftedChain Add(int count)
    {
        var hasher = new ChainHasher(integrityKey);
        for (var i = 0; i < count; i++)
        {
            var sequence = links.Count + 1;
            var time = DateTimeOffset.UtcNow;
            time = time.AddTicks(-(time.Ticks % 10));
            var auditEvent = AuditEvents.Kafka.Topic.Create.For(new KafkaTopic("production", $"orders-{sequence}"), AuditActor.ServiceAccount("crafted")) with
            {
                Id = Guid.CreateVersion7(time),
                Time = time,
            };
            var payload = AuditCloudEventMapper.ToJson(auditEvent);
            var previous = sequence == 1 ? new byte[ChainHasher.HashSize] : Parse(links[^1].Link.Hash);
            var hash = hasher.Hash(previous, Writer, sequence, payload);
            var keyed = integrityKey is not null;
            links.Add((payload, auditEvent, AuditChainLink.Of(Writer, sequence, hash, previous, keyed)));
        }

        return this;
    }

    /// <summary>The record of <paramref name="sequence"/>, as the relay writes it.</summary>
    public Message<byte[], byte[]> Record(long sequence, AuditMessageFormat format = AuditMessageFormat.Structured)
    {
        var (payload, auditEvent, link) = this[sequence];
        return AuditMessageWriter.Create(payload, auditEvent.Resource.Address, link, format);
    }

    /// <summary>The record of <paramref name="sequence"/> with its payload changed and its link kept: an altered record.</summary>
    public Message<byte[], byte[]> Altered(long sequence)
    {
        var (payload, auditEvent, link) = this[sequence];
        return AuditMessageWriter.Create(payload.Replace("crafted", "forged", StringComparison.Ordinal), auditEvent.Resource.Address, link, AuditMessageFormat.Structured);
    }

    private static byte[] Parse(string hash) => ChainHashText.TryParse(hash, out var bytes, out _) ? bytes : throw new InvalidOperationException();
}

/// <summary>Writes records to chosen partitions of a mock cluster's topic.</summary>
public sealed class TopicWriter(string bootstrapServers, string topic) : IDisposable
{
    private readonly IProducer<byte[], byte[]> producer = new ProducerBuilder<byte[], byte[]>(new ProducerConfig { BootstrapServers = bootstrapServers, EnableIdempotence = true }).Build();

    public async Task WriteAsync(int partition, Message<byte[], byte[]> record, DateTimeOffset? time = null)
    {
        if (time is { } at)
        {
            record.Timestamp = new Timestamp(at);
        }

        await producer.ProduceAsync(new TopicPartition(topic, partition), record);
    }

    public Task WriteAsync(int partition, string garbage) =>
        WriteAsync(partition, new Message<byte[], byte[]> { Key = Encoding.UTF8.GetBytes("k"), Value = Encoding.UTF8.GetBytes(garbage) });

    public void Dispose() => producer.Dispose();
}
