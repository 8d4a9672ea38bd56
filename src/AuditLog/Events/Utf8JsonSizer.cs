using System.Buffers;
using System.Text.Json;

namespace AuditLog;

/// <summary>
/// Counts the bytes a <see cref="Utf8JsonWriter"/> writes without keeping them: the writer writes into one scratch
/// buffer again and again, and its <see cref="Utf8JsonWriter.BytesCommitted"/> is the size. One per thread, reused.
/// </summary>
internal sealed class Utf8JsonSizer : IBufferWriter<byte>
{
    // Larger requests (a very long string value) get a buffer of their own, so a hostile event leaves nothing behind.
    private const int KeptScratchBytes = 16 * 1024;

    [ThreadStatic]
    private static Utf8JsonSizer? current;

    private readonly byte[] scratch = new byte[KeptScratchBytes];
    private readonly Utf8JsonWriter writer;

    private Utf8JsonSizer() => writer = new Utf8JsonWriter(this);

    /// <summary>The number of UTF-8 bytes <paramref name="write"/> writes with a default <see cref="Utf8JsonWriter"/>.</summary>
    public static int Measure<TState>(TState state, Action<TState, Utf8JsonWriter> write)
    {
        var sizer = current ??= new Utf8JsonSizer();
        current = null; // not shared with a nested call
        try
        {
            sizer.writer.Reset(sizer);
            write(state, sizer.writer);
            sizer.writer.Flush();
            return checked((int)sizer.writer.BytesCommitted);
        }
        finally
        {
            sizer.writer.Reset(sizer);
            current = sizer;
        }
    }

    public void Advance(int count)
    {
    }

    public Memory<byte> GetMemory(int sizeHint = 0) => sizeHint <= scratch.Length ? scratch : new byte[sizeHint];

    public Span<byte> GetSpan(int sizeHint = 0) => GetMemory(sizeHint).Span;
}
