namespace AuditLog.Sample;

/// <summary>A failure the sample detects itself, with its exit code and the line that explains it.</summary>
internal sealed class SampleException(int exitCode, string message) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
