namespace AuditLog.Cli.Progress;

/// <summary>What a long command is doing, in the words its progress shows.</summary>
/// <param name="Doing">The work, e.g. "Exporting".</param>
/// <param name="Unit">What is counted ("events"), or null when the work reports no count.</param>
internal sealed record ProgressActivity(string Doing, string? Unit)
{
    /// <summary><c>auditlog export</c>: counts the events written; their total is not known before the end.</summary>
    public static ProgressActivity Export { get; } = new("Exporting", "events");

    /// <summary><c>auditlog verify</c>: no count, the verifier reports only its result.</summary>
    public static ProgressActivity Verify { get; } = new("Verifying integrity chains", null);

    /// <summary><c>auditlog verify --topic</c>: counts the events read from the topic and compared with the database.</summary>
    public static ProgressActivity VerifyTopic { get; } = new("Comparing the topic with the database", "events");

    /// <summary><c>auditlog purge</c>: no count, retention reports only its result.</summary>
    public static ProgressActivity Purge { get; } = new("Purging", null);
}
