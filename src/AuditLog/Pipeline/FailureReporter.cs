using Microsoft.Extensions.Logging;

namespace AuditLog.Pipeline;

/// <summary>Hands sink failures to the registered <see cref="IAuditFailureListener"/>s; a listener that throws is logged, not propagated.</summary>
internal sealed class FailureReporter(IEnumerable<IAuditFailureListener> listeners, ILogger logger)
{
    private readonly IAuditFailureListener[] listeners = listeners.ToArray();

    public void Report(AuditFailure failure)
    {
        foreach (var listener in listeners)
        {
            try
            {
                listener.OnFailure(failure);
            }
            catch (Exception exception)
            {
                Log.ListenerFailed(logger, exception);
            }
        }
    }
}
