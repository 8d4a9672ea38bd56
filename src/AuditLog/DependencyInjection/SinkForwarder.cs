using AuditLog;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Exposes the container's <typeparamref name="TSink"/> singleton as an <see cref="IAuditSink"/>, so both resolve to one instance.</summary>
internal sealed class SinkForwarder<TSink>(TSink sink) : IAuditSink, AuditLog.Pipeline.IForwardingSink
    where TSink : class, IAuditSink
{
    public IAuditSink Inner => sink;

    public AuditSinkCompletion Completion => sink.Completion;

    public Task WriteAsync(IReadOnlyList<AuditEvent> batch, CancellationToken cancellationToken) => sink.WriteAsync(batch, cancellationToken);
}
