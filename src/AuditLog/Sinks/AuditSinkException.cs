namespace AuditLog;

/// <summary>A sink could not write an event; for a sink that completes on write, the action was not audited there.</summary>
public sealed class AuditSinkException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="sink">The sink that failed.</param>
    /// <param name="message">What went wrong, without secrets.</param>
    /// <param name="innerException">The sink's last error, when there is one.</param>
    public AuditSinkException(string sink, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Sink = sink;
    }

    /// <summary>The sink that failed.</summary>
    public string Sink { get; }
}
