namespace AuditLog.Cli;

/// <summary>Where a run writes, and whether a person is watching its error stream.</summary>
/// <param name="Output">Results and data (the export itself when there is no <c>--output</c>).</param>
/// <param name="Error">Diagnostics, progress and summaries, so piped data stays clean.</param>
/// <param name="ErrorIsTerminal">True when <paramref name="Error"/> is a terminal: only then is progress drawn.</param>
internal sealed record CliConsole(TextWriter Output, TextWriter Error, bool ErrorIsTerminal);
