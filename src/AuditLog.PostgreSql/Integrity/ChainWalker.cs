using AuditLog.Integrity;
using System.Globalization;

namespace AuditLog.PostgreSql.Integrity;

/// <summary>
/// Walks one writer's chain at a time, row by row in sequence order, holding only the last verified link.
/// It settles what one row shows on its own; a row that does not link or hash is a
/// <see cref="Step.BrokenLink"/> for <see cref="BrokenLinkClassifier"/>, which looks at the rest of the chain.
/// </summary>
internal sealed class ChainWalker(ChainHasher hasher)
{
    private ChainBounds chain = null!;

    /// <summary>What <see cref="Check"/> found.</summary>
    public enum Step
    {
        Intact,
        Violated,
        BrokenLink,
    }

    public long EventsChecked { get; private set; }

    public int Chains { get; private set; }

    public ChainBounds Chain => chain;

    /// <summary>The last link found intact: the chain's start (checkpoint or genesis) until the first row passes.</summary>
    public ChainLink Verified { get; private set; }

    /// <summary>The event at <see cref="Verified"/>; null while that is the chain's start.</summary>
    public Guid? VerifiedEventId { get; private set; }

    public long ExpectedSequence => Verified.Sequence + 1;

    public void Begin(ChainBounds bounds)
    {
        chain = bounds;
        Verified = bounds.Start;
        VerifiedEventId = null;
        Chains++;
    }

    public Step Check(StoredEvent row, out AuditIntegrityViolation? violation)
    {
        EventsChecked++;
        violation = Place(row);
        if (violation is not null)
        {
            return Step.Violated;
        }

        var links = row.PreviousHash.AsSpan().SequenceEqual(Verified.Hash);
        if (!links || !HashesAt(row, row.Sequence))
        {
            return Step.BrokenLink;
        }

        violation = Columns(row);
        if (violation is not null)
        {
            return Step.Violated;
        }

        Verified = new ChainLink(row.Sequence, row.Hash);
        VerifiedEventId = row.Id;
        return Step.Intact;
    }

    /// <summary>Compares where the walk ended with the chain's head.</summary>
    public AuditIntegrityViolation? End()
    {
        if (chain.Head is not { } head)
        {
            // Rows without a head were reported as they were read; here only a checkpoint is left.
            return new AuditIntegrityViolation(
                AuditViolationKind.Removed,
                chain.WriterId,
                Verified.Sequence,
                null,
                Text($"Writer {chain.WriterId} has a retention checkpoint at sequence {Verified.Sequence} but no chain head: its head was removed."));
        }

        if (Verified.Sequence < head.Sequence)
        {
            var first = Verified.Sequence + 1;
            var missing = first == head.Sequence ? $"Event {first} of writer {chain.WriterId} is missing" : $"Events {first} to {head.Sequence} of writer {chain.WriterId} are missing";
            return new AuditIntegrityViolation(
                AuditViolationKind.Removed,
                chain.WriterId,
                first,
                null,
                Text($"{missing}: the chain ends at sequence {Verified.Sequence} but its head is at {head.Sequence}."));
        }

        if (!Verified.Hash.AsSpan().SequenceEqual(head.Hash))
        {
            return VerifiedEventId is { } last
                ? new AuditIntegrityViolation(
                    AuditViolationKind.Changed,
                    chain.WriterId,
                    Verified.Sequence,
                    last,
                    Text($"Event {last}, the last of writer {chain.WriterId}, has a hash other than the one its chain head recorded: it was rewritten."))
                : new AuditIntegrityViolation(
                    AuditViolationKind.Changed,
                    chain.WriterId,
                    Verified.Sequence,
                    null,
                    Text($"The retention checkpoint of writer {chain.WriterId} disagrees with its chain head at sequence {head.Sequence}."));
        }

        return null;
    }

    public bool HashesAt(StoredEvent row, long sequence) =>
        hasher.Hash(row.PreviousHash, row.WriterId, sequence, row.Payload).AsSpan().SequenceEqual(row.Hash);

    internal static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    // Rows whose sequence alone shows they do not belong where they are.
    private AuditIntegrityViolation? Place(StoredEvent row)
    {
        if (chain.Head is not { } head)
        {
            return new AuditIntegrityViolation(
                AuditViolationKind.Inserted,
                row.WriterId,
                row.Sequence,
                row.Id,
                Text($"Event {row.Id} belongs to writer {row.WriterId}, which has no chain head: no writer recorded that chain."));
        }

        if (row.Sequence <= Verified.Sequence)
        {
            var start = chain.Checkpoint is { } checkpoint
                ? $"at or before the retention checkpoint at sequence {checkpoint.Sequence}"
                : "before the chain's first sequence, 1";
            return new AuditIntegrityViolation(
                AuditViolationKind.Inserted,
                row.WriterId,
                row.Sequence,
                row.Id,
                Text($"Event {row.Id} is stored at sequence {row.Sequence} of writer {row.WriterId}, {start}."));
        }

        if (row.Sequence > head.Sequence)
        {
            return new AuditIntegrityViolation(
                AuditViolationKind.Inserted,
                row.WriterId,
                row.Sequence,
                row.Id,
                Text($"Event {row.Id} is stored at sequence {row.Sequence} of writer {row.WriterId}, beyond the chain head at {head.Sequence}."));
        }

        if (row.Sequence > ExpectedSequence)
        {
            var missing = row.Sequence == ExpectedSequence + 1
                ? $"Event {ExpectedSequence} of writer {row.WriterId} is missing"
                : $"Events {ExpectedSequence} to {row.Sequence - 1} of writer {row.WriterId} are missing";
            return new AuditIntegrityViolation(
                AuditViolationKind.Removed,
                row.WriterId,
                ExpectedSequence,
                row.Id,
                Text($"{missing}: the chain jumps to event {row.Id} at sequence {row.Sequence}."));
        }

        return null;
    }

    private static AuditIntegrityViolation? Columns(StoredEvent row) => PayloadColumns.Disagreeing(row.Columns) switch
    {
        null => new AuditIntegrityViolation(
            AuditViolationKind.Changed,
            row.WriterId,
            row.Sequence,
            row.Id,
            Text($"Event {row.Id} at sequence {row.Sequence} of writer {row.WriterId} hashes correctly but its stored CloudEvent is not a readable audit event.")),
        { Count: 0 } => null,
        var columns => new AuditIntegrityViolation(
            AuditViolationKind.Changed,
            row.WriterId,
            row.Sequence,
            row.Id,
            Text($"Event {row.Id} at sequence {row.Sequence} of writer {row.WriterId}: {(columns.Count == 1 ? "column" : "columns")} {string.Join(", ", columns)} {(columns.Count == 1 ? "disagrees" : "disagree")} with its hashed CloudEvent.")),
    };
}
