namespace AuditLog.Pipeline;

/// <summary>
/// A sink registered by a package that decides only once the container is built whether it takes part: the Kafka
/// package's direct publisher stands aside when PostgreSQL is the system of record (its relay publishes instead).
/// </summary>
internal interface IOptionalSink
{
    /// <summary>False when the dispatcher should leave this sink out.</summary>
    bool IsEnabled { get; }
}
