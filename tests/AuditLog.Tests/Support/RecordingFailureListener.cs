using System.Collections.Concurrent;
using AuditLog;

namespace AuditLog.Tests.Support;

public sealed class RecordingFailureListener : IAuditFailureListener
{
    private readonly ConcurrentQueue<AuditFailure> failures = new();

    public IReadOnlyList<AuditFailure> Failures => failures.ToArray();

    public void OnFailure(AuditFailure failure) => failures.Enqueue(failure);
}
