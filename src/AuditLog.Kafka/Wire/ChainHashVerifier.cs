using System.Security.Cryptography;
using System.Text;
using AuditLog.Integrity;

namespace AuditLog.Kafka.Wire;

/// <summary>
/// Step 2 of docs/kafka.md "How a consumer checks the topic": recomputes a record's chain hash with
/// <see cref="ChainHasher"/> over the stored payload and compares it with the record's.
/// </summary>
internal static class ChainHashVerifier
{
    /// <param name="message">The record, read.</param>
    /// <param name="integrityKey">The integrity key as UTF-8 (as configured), or empty when the reader has none.</param>
    /// <remarks>
    /// A reader holding the key expects keyed hashes: a plain <c>sha256:</c> hash anyone could have computed, so
    /// with a key it is a <see cref="ChainHashCheck.Mismatch"/>, never a match.
    /// </remarks>
    /// <exception cref="ArgumentException"><paramref name="integrityKey"/> is not UTF-8.</exception>
    public static ChainHashCheck Check(AuditTopicMessage message, ReadOnlySpan<byte> integrityKey)
    {
        ArgumentNullException.ThrowIfNull(message);
        var link = message.Link;
        if (!ChainHashText.TryParse(link.Hash, out var hash, out var keyed) || !ChainHashText.TryParse(link.PreviousHash, out var previous, out _))
        {
            return ChainHashCheck.Mismatch;
        }

        var hasKey = !integrityKey.IsEmpty;
        if (keyed != hasKey)
        {
            return keyed ? ChainHashCheck.CannotCheck : ChainHashCheck.Mismatch;
        }

        var hasher = new ChainHasher(hasKey ? Key(integrityKey) : null);
        var expected = hasher.Hash(previous, link.Writer, link.Sequence, message.Payload);
        return CryptographicOperations.FixedTimeEquals(expected, hash) ? ChainHashCheck.Match : ChainHashCheck.Mismatch;
    }

    // ChainHasher takes the key as configured, text; strict decoding makes its UTF-8 encoding these very bytes.
    private static string Key(ReadOnlySpan<byte> integrityKey)
    {
        try
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(integrityKey);
        }
        catch (DecoderFallbackException)
        {
            throw new ArgumentException("The integrity key must be UTF-8.", nameof(integrityKey));
        }
    }
}
