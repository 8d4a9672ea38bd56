namespace AuditLog;

/// <summary>A sink's queue was full and <see cref="AuditQueueFullPolicy.Throw"/> is in force: the event was not accepted by that sink.</summary>
public sealed class AuditQueueFullException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="sink">The sink whose queue is full.</param>
    /// <param name="capacity">The queue's capacity.</param>
    public AuditQueueFullException(string sink, int capacity)
        : base($"The audit queue of sink {sink} is full ({capacity} events); the event was not accepted.")
    {
        Sink = sink;
        Capacity = capacity;
    }

    /// <summary>The sink whose queue is full.</summary>
    public string Sink { get; }

    /// <summary>The queue's capacity.</summary>
    public int Capacity { get; }
}
