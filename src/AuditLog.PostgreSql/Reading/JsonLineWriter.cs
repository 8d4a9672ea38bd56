using System.Buffers;
using System.Text;

namespace AuditLog.PostgreSql.Reading;

/// <summary>Writes one line of a JSON Lines export: the stored CloudEvent, then a line feed.</summary>
internal static class JsonLineWriter
{
    // The payload is the CloudEvent exactly as written (compact JSON, one line) and as the integrity hash
    // covers it: copied, not parsed and written again.
    public static void WriteLine(IBufferWriter<byte> output, string payload)
    {
        var span = output.GetSpan(Encoding.UTF8.GetMaxByteCount(payload.Length) + 1);
        var length = Encoding.UTF8.GetBytes(payload, span);
        span[length] = (byte)'\n';
        output.Advance(length + 1);
    }

    /// <summary>The same line from the payload as UTF-8 bytes (a record of the audit topic carries it so).</summary>
    public static void WriteLine(IBufferWriter<byte> output, ReadOnlySpan<byte> payload)
    {
        var span = output.GetSpan(payload.Length + 1);
        payload.CopyTo(span);
        span[payload.Length] = (byte)'\n';
        output.Advance(payload.Length + 1);
    }
}
