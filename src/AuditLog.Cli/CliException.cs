namespace AuditLog.Cli;

/// <summary>
/// A usage or configuration error found after parsing (no database configured, a malformed connection
/// string…): the command exits with <see cref="ExitCodes.Usage"/>. Messages never quote secrets.
/// </summary>
internal sealed class CliUsageException(string message) : Exception(message);
