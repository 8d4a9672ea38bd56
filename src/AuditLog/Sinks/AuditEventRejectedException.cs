namespace AuditLog;

/// <summary>
/// Thrown by a sink when the content of a batch, not the sink's availability, makes the write fail, so that
/// writing the same events again would fail the same way. The pipeline then isolates the events responsible
/// (it writes the batch in halves until the culprit stands alone), fails only their callers, and writes
/// every other event of the batch.
/// </summary>
public sealed class AuditEventRejectedException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What the sink refused, without the event's values (they may be sensitive).</param>
    /// <param name="innerException">The sink's own error, when there is one.</param>
    public AuditEventRejectedException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
