using System.Buffers.Binary;
using System.Security.Cryptography;

namespace AuditLog.Pipeline;

/// <summary>
/// UUID v7 ids as <see cref="Guid.CreateVersion7(DateTimeOffset)"/> makes them (48-bit Unix milliseconds, then
/// 74 cryptographically random bits), but drawing the random bits from a per-thread block filled in one call:
/// <see cref="Guid.CreateVersion7(DateTimeOffset)"/> asks the operating system once per id, most of an event's cost.
/// </summary>
internal static class UuidV7
{
    private const int BlockSize = 16 * 64;
    private const int BytesPerId = 10;

    [ThreadStatic]
    private static byte[]? block;

    [ThreadStatic]
    private static int used;

    public static Guid Create(DateTimeOffset time)
    {
        var milliseconds = time.ToUnixTimeMilliseconds();
        if (milliseconds < 0)
        {
            return Guid.CreateVersion7(time); // refuses a time before 1970 as it always did
        }

        var random = NextRandom();
        return new Guid(
            (int)(milliseconds >> 16),
            (short)milliseconds,
            (short)((BinaryPrimitives.ReadUInt16LittleEndian(random) & 0x0FFF) | 0x7000),
            (byte)((random[2] & 0x3F) | 0x80),
            random[3],
            random[4],
            random[5],
            random[6],
            random[7],
            random[8],
            random[9]);
    }

    private static ReadOnlySpan<byte> NextRandom()
    {
        var bytes = block ??= new byte[BlockSize];
        if (used == 0 || used + BytesPerId > BlockSize)
        {
            RandomNumberGenerator.Fill(bytes);
            used = 0;
        }

        var random = bytes.AsSpan(used, BytesPerId);
        used += BytesPerId;
        return random;
    }
}
