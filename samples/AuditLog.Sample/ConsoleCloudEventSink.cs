using AuditLog;
using AuditLog.CloudEvents;

namespace AuditLog.Sample;

/// <summary>Prints each audit event as one line of CloudEvents JSON, exactly as it would travel on the audit topic.</summary>
internal sealed class ConsoleCloudEventSink : IAuditSink
{
    public AuditSinkCompletion Completion => AuditSinkCompletion.OnWritten;

    public async Task WriteAsync(IReadOnlyList<AuditEvent> batch, CancellationToken cancellationToken)
    {
        foreach (var auditEvent in batch)
        {
            await Console.Out.WriteLineAsync(AuditCloudEventMapper.ToJson(auditEvent).AsMemory(), cancellationToken);
        }
    }
}
