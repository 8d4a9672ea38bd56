using System.Text;

namespace AuditLog.Cli.Export;

/// <summary>
/// A write-only stream of UTF-8 bytes over the tool's output <see cref="TextWriter"/>, so an export to
/// standard output goes through the same writer that tests capture.
/// </summary>
internal sealed class TextWriterStream(TextWriter writer) : Stream
{
    private readonly Decoder decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetDecoder();
    private char[] characters = [];

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer) => writer.Write(Decode(buffer, flush: false));

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) =>
        await writer.WriteAsync(Decode(buffer.Span, flush: false), cancellationToken).ConfigureAwait(false);

    public override void Flush() => writer.Flush();

    public override Task FlushAsync(CancellationToken cancellationToken) => writer.FlushAsync(cancellationToken);

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            // A character split across the last two writes would otherwise be lost; the writer is not ours to close.
            writer.Write(Decode([], flush: true));
            writer.Flush();
        }

        base.Dispose(disposing);
    }

    // Returns the decoded characters; a multi-byte character split between two writes waits in the decoder.
    private ReadOnlyMemory<char> Decode(ReadOnlySpan<byte> bytes, bool flush)
    {
        var needed = decoder.GetCharCount(bytes, flush);
        if (characters.Length < needed)
        {
            characters = new char[Math.Max(needed, 4096)];
        }

        var count = decoder.GetChars(bytes, characters, flush);
        return characters.AsMemory(0, count);
    }
}
