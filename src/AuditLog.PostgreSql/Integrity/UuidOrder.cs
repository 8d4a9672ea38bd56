namespace AuditLog.PostgreSql.Integrity;

/// <summary>PostgreSQL's order of uuid values (their 16 bytes compared in RFC 4122 byte order), which <see cref="Guid.CompareTo(Guid)"/> does not follow.</summary>
internal static class UuidOrder
{
    public static int Compare(Guid left, Guid right)
    {
        Span<byte> x = stackalloc byte[16];
        Span<byte> y = stackalloc byte[16];
        left.TryWriteBytes(x, bigEndian: true, out _);
        right.TryWriteBytes(y, bigEndian: true, out _);
        return x.SequenceCompareTo(y);
    }
}
