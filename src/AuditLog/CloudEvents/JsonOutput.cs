using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace AuditLog.CloudEvents;

/// <summary>
/// Writes JSON through one <see cref="Utf8JsonWriter"/> and one buffer kept per thread, so the
/// exporters pay no per-event allocation beyond the result itself.
/// </summary>
internal static class JsonOutput
{
    // Relaxed escaping writes non-ASCII text and characters such as '+' and '<' as they are, so
    // exports stay readable. The output goes to Kafka, files and databases, never raw into HTML.
    public static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // Buffers that grew past this are dropped after use rather than kept for the thread's lifetime.
    private const int MaxKeptCapacity = 64 * 1024;

    // Returned writers point here so they hold no reference to a caller's buffer.
    private static readonly ArrayBufferWriter<byte> Detached = new(1);

    [ThreadStatic]
    private static Utf8JsonWriter? cachedWriter;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? cachedBuffer;

    /// <summary>Writes one JSON value into <paramref name="output"/>.</summary>
    public static void Write<T>(IBufferWriter<byte> output, T value, Action<Utf8JsonWriter, T> write)
        where T : allows ref struct
    {
        var writer = cachedWriter ?? new Utf8JsonWriter(Detached, Options);
        cachedWriter = null;
        try
        {
            writer.Reset(output);
            write(writer, value);
            writer.Flush();
        }
        finally
        {
            writer.Reset(Detached);
            cachedWriter = writer;
        }
    }

    /// <summary>
    /// Writes one JSON value into the thread's scratch buffer and hands its bytes to <paramref name="use"/>, which must
    /// not keep them: the buffer is reused as soon as it returns.
    /// </summary>
    public static TResult Written<T, TResult>(T value, Action<Utf8JsonWriter, T> write, Func<ReadOnlySpan<byte>, T, TResult> use)
        where T : allows ref struct
    {
        var buffer = RentBuffer();
        try
        {
            Write(buffer, value, write);
            return use(buffer.WrittenSpan, value);
        }
        finally
        {
            ReturnBuffer(buffer);
        }
    }

    /// <summary>One JSON value as UTF-8 bytes.</summary>
    public static byte[] ToUtf8<T>(T value, Action<Utf8JsonWriter, T> write) =>
        Written(value, write, static (bytes, _) => bytes.ToArray());

    /// <summary>One JSON value as text.</summary>
    public static string ToText<T>(T value, Action<Utf8JsonWriter, T> write) =>
        Written(value, write, static (bytes, _) => Encoding.UTF8.GetString(bytes));

    private static ArrayBufferWriter<byte> RentBuffer()
    {
        var buffer = cachedBuffer ?? new ArrayBufferWriter<byte>(1024);
        cachedBuffer = null;
        return buffer;
    }

    private static void ReturnBuffer(ArrayBufferWriter<byte> buffer)
    {
        if (buffer.Capacity <= MaxKeptCapacity)
        {
            buffer.ResetWrittenCount();
            cachedBuffer = buffer;
        }
    }
}
