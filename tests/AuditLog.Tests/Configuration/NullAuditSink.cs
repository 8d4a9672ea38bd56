namespace AuditLog.Tests.Configuration;

/// <summary>A sink that accepts every batch and keeps nothing, for hosts that need one to start.</summary>
internal sealed class NullAuditSink : IAuditSink
{
    public AuditSinkCompletion Completion => AuditSinkCompletion.OnAccepted;

    public Task WriteAsync(IReadOnlyList<AuditEvent> batch, CancellationToken cancellationToken) => Task.CompletedTask;
}
