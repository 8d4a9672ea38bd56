using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace AuditLog.PostgreSql.Reading;

/// <summary>
/// Runs a stream on a task of its own, up to a bounded number of items ahead of its consumer, so that reading the
/// next rows (and converting them) overlaps with writing the previous ones out. Items are handed over in chunks:
/// one hand-over (and at most one wake-up) per chunk, not per item.
/// </summary>
internal static class ReadAhead
{
    /// <summary>
    /// The items of <paramref name="source"/>, in order, read at most <paramref name="chunks"/> chunks of
    /// <paramref name="chunkSize"/> items ahead. An error of the source reaches the consumer after the items read
    /// before it; a consumer that stops early stops the source.
    /// </summary>
    public static async IAsyncEnumerable<T> Of<T>(IAsyncEnumerable<T> source, int chunkSize, int chunks, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(chunkSize);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(chunks);
        var channel = Channel.CreateBounded<List<T>>(new BoundedChannelOptions(chunks) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var reading = Task.Run(() => FillAsync(source, chunkSize, channel.Writer, stop.Token), CancellationToken.None);
        try
        {
            while (await channel.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                while (channel.Reader.TryRead(out var chunk))
                {
                    foreach (var item in chunk)
                    {
                        yield return item;
                    }
                }
            }
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await reading.ConfigureAwait(false);
        }
    }

    // Never throws: the outcome travels through the channel's completion.
    private static async Task FillAsync<T>(IAsyncEnumerable<T> source, int chunkSize, ChannelWriter<List<T>> writer, CancellationToken cancellationToken)
    {
        var chunk = new List<T>(chunkSize);
        try
        {
            await foreach (var item in source.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                chunk.Add(item);
                if (chunk.Count == chunkSize)
                {
                    await writer.WriteAsync(chunk, cancellationToken).ConfigureAwait(false);
                    chunk = new List<T>(chunkSize);
                }
            }

            if (chunk.Count > 0)
            {
                await writer.WriteAsync(chunk, cancellationToken).ConfigureAwait(false);
            }

            writer.TryComplete();
        }
        catch (Exception exception)
        {
            // What was read before the error is still handed over, unless the consumer has stopped.
            if (chunk.Count > 0)
            {
                await HandOverAsync(writer, chunk, cancellationToken).ConfigureAwait(false);
            }

            writer.TryComplete(exception);
        }
    }

    private static async Task HandOverAsync<T>(ChannelWriter<List<T>> writer, List<T> chunk, CancellationToken cancellationToken)
    {
        try
        {
            await writer.WriteAsync(chunk, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // The consumer stopped: nobody is left to hand it to.
        }
    }
}
