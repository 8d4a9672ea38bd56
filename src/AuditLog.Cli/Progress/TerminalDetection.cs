namespace AuditLog.Cli.Progress;

/// <summary>
/// Decides whether a standard stream is a terminal a person watches: not redirected to a file or a pipe, and
/// not a terminal that says it cannot move the cursor (<c>TERM=dumb</c>, as in some CI runners and editors).
/// </summary>
/// <param name="isRedirected">Whether the stream is redirected (<see cref="Console.IsErrorRedirected"/> for the process).</param>
/// <param name="environmentVariable">Reads a variable of the environment.</param>
internal sealed class TerminalDetection(Func<StandardStream, bool> isRedirected, Func<string, string?> environmentVariable)
{
    /// <summary>The detection for this process's console and environment.</summary>
    public static TerminalDetection Process { get; } = new(
        stream => stream == StandardStream.Error ? Console.IsErrorRedirected : Console.IsOutputRedirected,
        Environment.GetEnvironmentVariable);

    /// <summary>True when <paramref name="stream"/> reaches a terminal able to redraw a line.</summary>
    public bool IsTerminal(StandardStream stream) =>
        !isRedirected(stream) && !string.Equals(environmentVariable("TERM"), "dumb", StringComparison.Ordinal);
}
