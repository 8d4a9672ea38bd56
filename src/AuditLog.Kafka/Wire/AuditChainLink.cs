using AuditLog.Kafka.Wire;

namespace AuditLog.Kafka;

/// <summary>
/// An event's place in its writer's integrity chain, as the audit topic carries it: the CloudEvents extension
/// attributes <c>auditlogwriter</c>, <c>sequence</c>, <c>auditloghash</c> and <c>auditlogprevhash</c> (docs/kafka.md).
/// </summary>
/// <param name="Writer">The id of the writer whose chain holds the event.</param>
/// <param name="Sequence">The event's place in that chain, from 1.</param>
/// <param name="Hash">
/// The event's chain hash: <c>sha256:</c> or <c>hmac-sha256:</c> then 64 lower-case hex digits.
/// </param>
/// <param name="PreviousHash">
/// The hash of the previous event of the same chain, in the same form; 64 zeros for the first event.
/// </param>
public sealed record AuditChainLink(Guid Writer, long Sequence, string Hash, string PreviousHash)
{
    /// <summary>The event's place in its writer's chain, from 1.</summary>
    public long Sequence { get; } = Sequence >= 1
        ? Sequence
        : throw new ArgumentOutOfRangeException(nameof(Sequence), Sequence, "The sequence of a chain link must be at least 1.");

    /// <summary>The event's chain hash, <c>sha256:</c> or <c>hmac-sha256:</c> then 64 lower-case hex digits.</summary>
    public string Hash { get; } = CheckHash(Hash, nameof(Hash));

    /// <summary>The hash of the previous event of the same chain, in the same form as <see cref="Hash"/>.</summary>
    public string PreviousHash { get; } = CheckHash(PreviousHash, nameof(PreviousHash));

    /// <summary>The link of a stored event: its writer and sequence, its hash and the previous one as stored (raw bytes).</summary>
    internal static AuditChainLink Of(Guid writer, long sequence, ReadOnlySpan<byte> hash, ReadOnlySpan<byte> previousHash, bool keyed) =>
        new(writer, sequence, ChainHashText.Format(hash, keyed), ChainHashText.Format(previousHash, keyed));

    private static string CheckHash(string hash, string parameter)
    {
        ArgumentNullException.ThrowIfNull(hash, parameter);
        return ChainHashText.IsWellFormed(hash)
            ? hash
            : throw new ArgumentException($"A chain hash must be '{ChainHashText.PlainPrefix}' or '{ChainHashText.KeyedPrefix}' then 64 lower-case hex digits.", parameter);
    }
}
