namespace AuditLog.Cli.Progress;

/// <summary>One of the process's two output streams.</summary>
internal enum StandardStream
{
    /// <summary>Standard output: data and results.</summary>
    Output,

    /// <summary>Standard error: diagnostics, progress and summaries.</summary>
    Error,
}
