namespace AuditLog.Cli.Progress;

/// <summary>How a long command shows that it is working.</summary>
internal enum ProgressMode
{
    /// <summary>Nothing: the data itself is on the terminal.</summary>
    None,

    /// <summary>A line now and then, without escape codes: for logs, pipes and CI.</summary>
    Plain,

    /// <summary>A spinner with a running count, redrawn in place: for a person at a terminal.</summary>
    Live,
}
