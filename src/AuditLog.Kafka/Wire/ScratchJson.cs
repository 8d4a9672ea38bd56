using System.Buffers;
using System.Text.Json;
using AuditLog.CloudEvents;

namespace AuditLog.Kafka.Wire;

/// <summary>
/// A JSON writer and its buffer kept per thread, so writing and reading records pays for the record's own bytes
/// only. Writes with the core's relaxed escaping, so what it writes matches the stored payloads byte for byte.
/// </summary>
internal sealed class ScratchJson
{
    // Buffers that grew past this are dropped after use rather than kept for the thread's lifetime.
    private const int MaxKeptCapacity = 64 * 1024;

    [ThreadStatic]
    private static ScratchJson? cached;

    private ScratchJson()
    {
        Buffer = new ArrayBufferWriter<byte>(1024);
        Writer = new Utf8JsonWriter(Buffer, JsonOutput.Options);
    }

    public ArrayBufferWriter<byte> Buffer { get; }

    public Utf8JsonWriter Writer { get; }

    /// <summary>The bytes written so far (flushes the writer).</summary>
    public ReadOnlySpan<byte> Written
    {
        get
        {
            Writer.Flush();
            return Buffer.WrittenSpan;
        }
    }

    public static ScratchJson Rent()
    {
        var scratch = cached ?? new ScratchJson();
        cached = null;
        return scratch;
    }

    public static void Return(ScratchJson scratch)
    {
        scratch.Buffer.ResetWrittenCount();
        scratch.Writer.Reset(scratch.Buffer);
        if (scratch.Buffer.Capacity <= MaxKeptCapacity)
        {
            cached = scratch;
        }
    }
}
