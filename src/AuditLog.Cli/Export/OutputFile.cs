namespace AuditLog.Cli.Export;

/// <summary>
/// The <c>--output</c> file, written under a temporary name in the same folder and moved into place only
/// when the export completes: a failed or cancelled export never leaves a half-written file, nor destroys
/// the file a previous export left there. The same folder keeps the move on one file system, so it is atomic.
/// </summary>
internal sealed class OutputFile : IAsyncDisposable
{
    private readonly string path;
    private readonly string temporaryPath;
    private bool committed;

    private OutputFile(string path, string temporaryPath, FileStream stream)
    {
        this.path = path;
        this.temporaryPath = temporaryPath;
        Stream = stream;
    }

    /// <summary>Where the export writes.</summary>
    public FileStream Stream { get; }

    /// <summary>Opens a temporary file beside <paramref name="path"/>.</summary>
    /// <exception cref="CliException">The path names a folder, or its folder does not exist.</exception>
    public static OutputFile Create(string path)
    {
        var fullPath = Path.GetFullPath(path);
        if (Directory.Exists(fullPath))
        {
            throw CliException.Usage($"--output names a folder, not a file: {path}");
        }

        var folder = Path.GetDirectoryName(fullPath)!;
        if (!Directory.Exists(folder))
        {
            throw CliException.Usage($"The folder of --output does not exist: {folder}");
        }

        var temporaryPath = Path.Combine(folder, $".{Path.GetFileName(fullPath)}.{Guid.NewGuid():N}.tmp");
        var stream = new FileStream(temporaryPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1 << 16, FileOptions.Asynchronous);
        return new OutputFile(fullPath, temporaryPath, stream);
    }

    /// <summary>Makes the data durable and moves the file into place, replacing any file of that name.</summary>
    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        await Stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        Stream.Flush(flushToDisk: true);
        await Stream.DisposeAsync().ConfigureAwait(false);
        File.Move(temporaryPath, path, overwrite: true);
        committed = true;
    }

    /// <summary>Removes the temporary file unless it was committed.</summary>
    public async ValueTask DisposeAsync()
    {
        await Stream.DisposeAsync().ConfigureAwait(false);
        if (!committed)
        {
            File.Delete(temporaryPath);
        }
    }
}
