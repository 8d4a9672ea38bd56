using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace AuditLog.Integrity;

/// <summary>
/// The integrity chain's hash: <c>H(previous hash ‖ "auditlog.v1\n" ‖ writer id ‖ "\n" ‖ sequence ‖ "\n" ‖ payload)</c>,
/// where H is HMAC-SHA-256 with the integrity key (PostgreSqlAuditOptions.IntegrityKey) when one is set, else SHA-256,
/// and payload is the stored CloudEvent JSON. The writer and the verifier both use this one definition.
/// </summary>
internal sealed class ChainHasher(string? integrityKey)
{
    public const int HashSize = 32;

    private const string Version = "auditlog.v1\n";

    private readonly byte[]? key = integrityKey is null ? null : Encoding.UTF8.GetBytes(integrityKey);

    /// <summary>The previous hash of a chain's first event.</summary>
    public static ReadOnlyMemory<byte> Genesis { get; } = new byte[HashSize];

    public byte[] Hash(ReadOnlySpan<byte> previousHash, Guid writerId, long sequence, string payload) =>
        Hash(previousHash, writerId, sequence, Encoding.UTF8.GetBytes(payload));

    /// <summary>The hash of the event whose stored CloudEvent JSON is <paramref name="utf8Payload"/>.</summary>
    public byte[] Hash(ReadOnlySpan<byte> previousHash, Guid writerId, long sequence, ReadOnlySpan<byte> utf8Payload)
    {
        using var hash = key is null
            ? IncrementalHash.CreateHash(HashAlgorithmName.SHA256)
            : IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
        hash.AppendData(previousHash);
        hash.AppendData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{Version}{writerId:D}\n{sequence}\n")));
        hash.AppendData(utf8Payload);
        return hash.GetHashAndReset();
    }
}
