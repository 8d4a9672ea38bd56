namespace AuditLog;

/// <summary>When a sink lets <see cref="IAuditLogger.LogAsync"/> complete.</summary>
public enum AuditSinkCompletion
{
    /// <summary>As soon as the event is in the sink's queue (the sink delivers it in the background).</summary>
    OnAccepted,

    /// <summary>Only once the sink has written the batch holding the event (durable on return).</summary>
    OnWritten,
}
