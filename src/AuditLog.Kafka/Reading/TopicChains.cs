using System.Text;
using AuditLog.CloudEvents;
using AuditLog.Kafka.Wire;
using Confluent.Kafka;

namespace AuditLog.Kafka.Reading;

/// <summary>
/// Checks the records of the audit topic as they are read (docs/kafka.md, "How a consumer checks the topic"): each
/// record is read and its hash checked, then handed to its writer's <see cref="WriterChain"/>, which puts the chain
/// back in order. What is ready to be yielded, events and violations, is added to the output list in order.
/// </summary>
internal sealed class TopicChains(AuditTopicReadOptions options)
{
    private readonly Dictionary<Guid, WriterChain> writers = [];
    private readonly byte[] integrityKey = options.IntegrityKey is null ? [] : Encoding.UTF8.GetBytes(options.IntegrityKey);

    public void Add(ConsumeResult<byte[], byte[]> record, List<AuditTopicItem> output)
    {
        var partition = record.Partition.Value;
        var offset = record.Offset.Value;
        AuditTopicMessage message;
        try
        {
            message = AuditMessageReader.Read(record.Message);
        }
        catch (AuditEventFormatException e)
        {
            // The exception names the part and the rule, never the content.
            output.Add(new AuditTopicViolation(
                AuditTopicViolationKind.Unreadable, null, null, null, partition, offset, $"The record at partition {partition} offset {offset} is not an audit record: {e.Message}"));
            return;
        }

        var link = message.Link;
        if (!writers.TryGetValue(link.Writer, out var chain))
        {
            chain = new WriterChain(link.Writer);
            writers.Add(link.Writer, chain);
        }

        switch (ChainHashVerifier.Check(message, integrityKey))
        {
            case ChainHashCheck.Mismatch:
                output.Add(new AuditTopicViolation(
                    AuditTopicViolationKind.Altered,
                    link.Writer,
                    link.Sequence,
                    message.Event.Id,
                    partition,
                    offset,
                    $"Event {message.Event.Id} (writer {link.Writer}, sequence {link.Sequence}, partition {partition} offset {offset}) does not match its hash: it was altered."));
                break;
            case ChainHashCheck.CannotCheck when !chain.ReportedUnverifiable:
                chain.ReportedUnverifiable = true;
                output.Add(new AuditTopicViolation(
                    AuditTopicViolationKind.Unverifiable,
                    link.Writer,
                    link.Sequence,
                    message.Event.Id,
                    partition,
                    offset,
                    $"Writer {link.Writer} hashes with an integrity key and none was given: the hashes of its events are not checked, their links are."));
                break;
        }

        chain.Add(new AuditTopicEvent(message.Event, link, message.Payload, partition, offset), output);
        if (chain.Waiting > options.MaxOutOfOrder)
        {
            chain.Resolve(options.MaxOutOfOrder, output);
        }
    }

    /// <summary>Every record there was has been read: chains not anchored yet start at their lowest sequence read.</summary>
    public void CaughtUp(List<AuditTopicItem> output)
    {
        foreach (var chain in writers.Values)
        {
            chain.Anchor(output);
        }
    }

    /// <summary>The read ends: what is still missing cannot come any more, and is reported as gaps.</summary>
    public void Finish(List<AuditTopicItem> output)
    {
        foreach (var chain in writers.Values)
        {
            chain.Resolve(0, output);
        }
    }
}
