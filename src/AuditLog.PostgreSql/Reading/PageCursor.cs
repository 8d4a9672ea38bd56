using System.Buffers;
using System.Buffers.Binary;
using System.Buffers.Text;

namespace AuditLog.PostgreSql.Reading;

/// <summary>
/// A keyset position: the (time, id) of the last event of a page. Written as base64url of a version
/// byte, the UTC ticks and the id, so callers treat it as opaque and a damaged cursor is refused.
/// </summary>
internal readonly record struct PageCursor(DateTime Time, Guid Id)
{
    public const string Filter = "cursor";

    private const byte Version = 1;
    private const int Size = 1 + sizeof(long) + 16;
    private const string Rule = "must be a NextCursor returned by GetPageAsync";

    public override string ToString()
    {
        Span<byte> bytes = stackalloc byte[Size];
        bytes[0] = Version;
        BinaryPrimitives.WriteInt64BigEndian(bytes[1..], Time.Ticks);
        Id.TryWriteBytes(bytes[(1 + sizeof(long))..], bigEndian: true, out _);
        return Base64Url.EncodeToString(bytes);
    }

    /// <exception cref="AuditQueryException">The text is not a cursor this store wrote.</exception>
    public static PageCursor Parse(string cursor)
    {
        Span<byte> bytes = stackalloc byte[Size];
        if (cursor.Length != Base64Url.GetEncodedLength(Size)
            || Base64Url.DecodeFromChars(cursor, bytes, out _, out var written) != OperationStatus.Done
            || written != Size
            || bytes[0] != Version)
        {
            throw new AuditQueryException(Filter, Rule);
        }

        var ticks = BinaryPrimitives.ReadInt64BigEndian(bytes[1..]);
        if (ticks < DateTime.MinValue.Ticks || ticks > DateTime.MaxValue.Ticks)
        {
            throw new AuditQueryException(Filter, Rule);
        }

        return new PageCursor(new DateTime(ticks, DateTimeKind.Utc), new Guid(bytes[(1 + sizeof(long))..], bigEndian: true));
    }
}
