using System.Buffers;
using AuditLog.Integrity;

namespace AuditLog.Kafka.Wire;

/// <summary>
/// A chain hash as text on the audit topic: <c>sha256:</c> (SHA-256) or <c>hmac-sha256:</c> (HMAC-SHA-256 under
/// the integrity key) then the 32 bytes as 64 lower-case hex digits. The genesis hash is 64 zeros.
/// </summary>
internal static class ChainHashText
{
    public const string PlainPrefix = "sha256:";

    public const string KeyedPrefix = "hmac-sha256:";

    private const int HexLength = ChainHasher.HashSize * 2;

    private static readonly SearchValues<char> LowerHex = SearchValues.Create("0123456789abcdef");

    public static string Format(ReadOnlySpan<byte> hash, bool keyed)
    {
        if (hash.Length != ChainHasher.HashSize)
        {
            throw new ArgumentException($"A chain hash is {ChainHasher.HashSize} bytes.", nameof(hash));
        }

        var prefix = keyed ? KeyedPrefix : PlainPrefix;
        Span<char> text = stackalloc char[KeyedPrefix.Length + HexLength];
        prefix.CopyTo(text);
        Convert.TryToHexStringLower(hash, text[prefix.Length..], out var written);
        return new string(text[..(prefix.Length + written)]);
    }

    public static bool TryParse(string? text, out byte[] hash, out bool keyed)
    {
        hash = [];
        keyed = false;
        if (!TryHex(text, out var hex, out var isKeyed))
        {
            return false;
        }

        hash = Convert.FromHexString(hex);
        keyed = isKeyed;
        return true;
    }

    public static bool IsWellFormed(string? text) => TryHex(text, out _, out _);

    private static bool TryHex(string? text, out ReadOnlySpan<char> hex, out bool keyed)
    {
        keyed = text is not null && text.StartsWith(KeyedPrefix, StringComparison.Ordinal);
        var prefixed = keyed || (text is not null && text.StartsWith(PlainPrefix, StringComparison.Ordinal));
        hex = prefixed ? text.AsSpan((keyed ? KeyedPrefix : PlainPrefix).Length) : default;
        return prefixed && hex.Length == HexLength && !hex.ContainsAnyExcept(LowerHex);
    }
}
