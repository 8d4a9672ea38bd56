using AuditLog.Integrity;

namespace AuditLog.PostgreSql.Integrity;

/// <summary>One link of a chain as bookkeeping records it: a sequence and the hash of the event there.</summary>
internal readonly record struct ChainLink(long Sequence, byte[] Hash)
{
    /// <summary>Where every chain starts: before sequence 1, at the genesis hash.</summary>
    public static ChainLink Start => new(0, ChainHasher.Genesis.ToArray());
}
