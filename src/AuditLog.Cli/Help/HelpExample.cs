namespace AuditLog.Cli.Help;

/// <summary>A command line shown under "Examples:" in a command's help, and what it does.</summary>
/// <param name="CommandLine">The command line, starting with <c>auditlog</c>.</param>
/// <param name="Explanation">What it does, in a short sentence.</param>
internal sealed record HelpExample(string CommandLine, string Explanation);
