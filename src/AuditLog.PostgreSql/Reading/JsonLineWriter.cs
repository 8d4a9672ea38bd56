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
}
