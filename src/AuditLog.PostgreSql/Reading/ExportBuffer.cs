using System.Buffers;

namespace AuditLog.PostgreSql.Reading;

/// <summary>
/// Collects export rows and hands them to the output stream in chunks of about <see cref="ChunkSize"/>
/// bytes: constant memory whatever the number of rows, few writes, and only asynchronous I/O (which
/// ASP.NET response bodies require).
/// </summary>
internal sealed class ExportBuffer(Stream output)
{
    public const int ChunkSize = 64 * 1024;

    private readonly ArrayBufferWriter<byte> buffer = new(ChunkSize + (ChunkSize / 4));

    public IBufferWriter<byte> Writer => buffer;

    /// <summary>Writes the buffered rows out once they fill a chunk.</summary>
    public ValueTask WriteIfFullAsync(CancellationToken cancellationToken) =>
        buffer.WrittenCount >= ChunkSize ? WriteAsync(cancellationToken) : ValueTask.CompletedTask;

    /// <summary>Writes out what is left and flushes the stream.</summary>
    public async ValueTask CompleteAsync(CancellationToken cancellationToken)
    {
        await WriteAsync(cancellationToken).ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask WriteAsync(CancellationToken cancellationToken)
    {
        if (buffer.WrittenCount > 0)
        {
            await output.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
            buffer.ResetWrittenCount();
        }
    }
}
