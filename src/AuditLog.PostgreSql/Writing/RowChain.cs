using AuditLog.Integrity;

namespace AuditLog.PostgreSql.Writing;

/// <summary>
/// Links rows onto one writer's chain, one after another, from a known head: each row gets the next sequence, the
/// previous row's hash and its own. The sink chains its batches with it, and the tests' and benchmarks' seeders theirs.
/// </summary>
internal sealed class RowChain(ChainHasher hasher, Guid writerId, ChainState head)
{
    private long sequence = head.Sequence;
    private byte[] previous = head.Hash;

    /// <summary>The chain's last link so far: the head it started from until a row is appended.</summary>
    public ChainState Head => new(sequence, previous);

    /// <summary>Links <paramref name="row"/> after the last one.</summary>
    public ChainedRow Append(EventRow row)
    {
        sequence++;
        var hash = hasher.Hash(previous, writerId, sequence, row.Payload);
        var chained = new ChainedRow(row, writerId, sequence, previous, hash);
        previous = hash;
        return chained;
    }
}
