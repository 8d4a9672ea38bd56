using AuditLog.Integrity;

namespace AuditLog.PostgreSql.Writing;

/// <summary>The last committed link of this writer's chain, as far as the writer knows.</summary>
internal sealed record ChainState(long Sequence, byte[] Hash)
{
    /// <summary>A chain with no event yet.</summary>
    public static ChainState Genesis => new(0, ChainHasher.Genesis.ToArray());
}
