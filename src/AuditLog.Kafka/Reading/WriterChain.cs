using AuditLog.Kafka.Wire;

namespace AuditLog.Kafka.Reading;

/// <summary>
/// One writer's chain as the reader puts it back in order (docs/kafka.md, "How a consumer checks the topic", step 3):
/// events wait here until the sequence before them was released, so the order they arrived in across partitions does
/// not matter; a sequence that never comes is reported as a gap only when <see cref="Resolve"/> says it cannot come.
/// </summary>
internal sealed class WriterChain(Guid writer)
{
    private readonly SortedDictionary<long, AuditTopicEvent> waiting = [];

    // Null until the chain is anchored: the first sequence read is not known to be the first there is until sequence 1
    // arrives or Anchor/Resolve is called.
    private long? next;
    private long anchor;

    // The hash the next sequence must name as its previous one; null when unknown (after an anchor above 1 or a gap).
    private string? previousHash;

    public int Waiting => waiting.Count;

    public bool ReportedUnverifiable { get; set; }

    /// <summary>Takes an event of this writer, releasing into <paramref name="output"/> whatever now follows in order.</summary>
    public void Add(AuditTopicEvent item, List<AuditTopicItem> output)
    {
        var sequence = item.Link.Sequence;
        if (next is { } expected && sequence < expected)
        {
            if (sequence >= anchor)
            {
                output.Add(Duplicate(item));
            }
            else
            {
                // Earlier than where the chain was anchored: it arrived after the reorder bound was passed. Nothing
                // links it to the rest, so it is yielded unchecked rather than reported as something it is not.
                output.Add(item);
            }

            return;
        }

        if (!waiting.TryAdd(sequence, item))
        {
            output.Add(Duplicate(item));
            return;
        }

        if (next is null && sequence == 1)
        {
            AnchorAt(1);
        }

        Release(output);
    }

    /// <summary>Anchors a chain not yet anchored at the lowest sequence waiting, and releases what follows it.</summary>
    public void Anchor(List<AuditTopicItem> output)
    {
        if (next is null && waiting.Count > 0)
        {
            AnchorAt(waiting.First().Key);
            Release(output);
        }
    }

    /// <summary>
    /// Reports the missing sequences before the waiting events as gaps, skipping over them, until at most
    /// <paramref name="keep"/> events wait: 0 at the end of a read, the reorder bound when it was passed.
    /// </summary>
    public void Resolve(int keep, List<AuditTopicItem> output)
    {
        Anchor(output);
        while (waiting.Count > keep)
        {
            var (first, after) = waiting.First();
            var missing = first - next!.Value;
            output.Add(new AuditTopicViolation(
                AuditTopicViolationKind.Gap,
                writer,
                next,
                eventId: null,
                after.Partition,
                after.Offset,
                missing == 1
                    ? $"Sequence {next} of writer {writer} is missing from the topic (the next one, {first}, is at partition {after.Partition} offset {after.Offset})."
                    : $"Sequences {next} to {first - 1} of writer {writer} are missing from the topic ({missing} events; the next one, {first}, is at partition {after.Partition} offset {after.Offset})."));
            next = first;
            previousHash = null;
            Release(output);
        }
    }

    private void AnchorAt(long sequence)
    {
        next = sequence;
        anchor = sequence;
        previousHash = null;
    }

    private void Release(List<AuditTopicItem> output)
    {
        while (next is { } expected && waiting.Remove(expected, out var item))
        {
            if (!Follows(item))
            {
                output.Add(new AuditTopicViolation(
                    AuditTopicViolationKind.Altered,
                    writer,
                    expected,
                    item.Event.Id,
                    item.Partition,
                    item.Offset,
                    expected == 1
                        ? $"Event {item.Event.Id} (writer {writer}, sequence 1, partition {item.Partition} offset {item.Offset}) does not start from the genesis hash: it was replaced or forged."
                        : $"Event {item.Event.Id} (writer {writer}, sequence {expected}, partition {item.Partition} offset {item.Offset}) does not name the hash of sequence {expected - 1} as its previous hash: one of them was replaced."));
            }

            output.Add(item);
            previousHash = item.Link.Hash;
            next = expected + 1;
        }
    }

    private bool Follows(AuditTopicEvent item)
    {
        if (item.Link.Sequence == 1)
        {
            return ChainHashText.TryParse(item.Link.PreviousHash, out var genesis, out _) && !genesis.AsSpan().ContainsAnyExcept((byte)0);
        }

        return previousHash is null || string.Equals(previousHash, item.Link.PreviousHash, StringComparison.Ordinal);
    }

    private AuditTopicViolation Duplicate(AuditTopicEvent item) => new(
        AuditTopicViolationKind.Duplicate,
        writer,
        item.Link.Sequence,
        item.Event.Id,
        item.Partition,
        item.Offset,
        $"Sequence {item.Link.Sequence} of writer {writer} is on the topic again at partition {item.Partition} offset {item.Offset} (event {item.Event.Id}); this copy is skipped.");
}
