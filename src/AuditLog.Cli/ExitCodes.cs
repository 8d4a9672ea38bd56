namespace AuditLog.Cli;

/// <summary>The exit codes of every command: scripts and CI jobs branch on them, so they never change meaning.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what it was asked.</summary>
    public const int Success = 0;

    /// <summary>Verification found a broken chain, or the operation failed at run time (database unreachable…).</summary>
    public const int Failure = 1;

    /// <summary>The command line or the configuration is wrong; nothing was done.</summary>
    public const int Usage = 2;

    /// <summary>Ctrl+C or SIGTERM stopped the command (128 + SIGINT, the shell convention).</summary>
    public const int Cancelled = 130;
}
