namespace AuditLog.Pipeline;

/// <summary>A registration wrapper around another sink; the dispatcher names the sink after the inner one.</summary>
internal interface IForwardingSink
{
    IAuditSink Inner { get; }
}
