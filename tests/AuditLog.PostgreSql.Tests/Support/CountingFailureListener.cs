namespace AuditLog.PostgreSql.Tests.Support;

/// <summary>Counts the sink failures the pipeline reports.</summary>
public sealed class CountingFailureListener : IAuditFailureListener
{
    private int count;

    public int Count => Volatile.Read(ref count);

    public void OnFailure(AuditFailure failure) => Interlocked.Increment(ref count);
}
