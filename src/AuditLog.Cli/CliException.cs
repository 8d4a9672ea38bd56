namespace AuditLog.Cli;

/// <summary>
/// A command cannot go on, for a reason the person running it can fix: the message is printed as is and the
/// command exits with <see cref="ExitCode"/>. Messages never quote secrets.
/// </summary>
internal sealed class CliException(int exitCode, string message) : Exception(message)
{
    public int ExitCode { get; } = exitCode;

    /// <summary>A usage or configuration error (no database configured, a malformed connection string…): exit 2.</summary>
    public static CliException Usage(string message) => new(ExitCodes.Usage, message);

    /// <summary>The database is not in a state the command can work with (no schema…): exit 1.</summary>
    public static CliException Failure(string message) => new(ExitCodes.Failure, message);
}
