using AuditLog.Cli.Progress;

namespace AuditLog.Cli;

/// <summary>Where a run writes, and whether a person is watching each stream.</summary>
/// <param name="Output">Results and data (the export itself when there is no <c>--output</c>).</param>
/// <param name="Error">Diagnostics, progress and summaries, so piped data stays clean.</param>
/// <param name="ErrorIsTerminal">True when <paramref name="Error"/> is a terminal: only then is progress drawn.</param>
/// <param name="OutputIsTerminal">True when <paramref name="Output"/> is a terminal, where data would scroll under a drawn progress bar.</param>
internal sealed record CliConsole(TextWriter Output, TextWriter Error, bool ErrorIsTerminal, bool OutputIsTerminal = false)
{
    /// <summary>The clock that paces the plain progress lines; tests pass a fake one.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>The process's own streams, each a terminal as <paramref name="terminal"/> finds it.</summary>
    public static CliConsole ForProcess(TerminalDetection terminal) =>
        new(Console.Out, Console.Error, terminal.IsTerminal(StandardStream.Error), terminal.IsTerminal(StandardStream.Output));

    /// <summary>
    /// How to show the progress of long work. Drawn only on a terminal, and not over data a person is reading
    /// there; plain lines, paced and without escape codes, for logs and pipes.
    /// </summary>
    /// <param name="dataOnOutput">True when the command writes its data to <see cref="Output"/>.</param>
    public ProgressMode ProgressFor(bool dataOnOutput) => ErrorIsTerminal switch
    {
        true when dataOnOutput && OutputIsTerminal => ProgressMode.None,
        true => ProgressMode.Live,
        false => ProgressMode.Plain,
    };
}
