namespace AuditLog;

/// <summary>
/// One audit record: who (<see cref="Actor"/>) did what (<see cref="Type"/>) to which resource
/// (<see cref="Resource"/>), when, with which result (<see cref="Outcome"/>).
/// </summary>
/// <remarks>
/// Create events through the typed catalogue (<see cref="AuditEvents"/>), not by hand.
/// <see cref="Id"/> and <see cref="Time"/> may be left unset: the logger assigns a UUID v7 and the
/// current time before any sink sees the event.
/// </remarks>
public sealed record AuditEvent
{
    /// <summary>The event id, a time-ordered UUID v7; <see cref="Guid.Empty"/> until the logger assigns it.</summary>
    public Guid Id { get; init; }

    /// <summary>When the action happened, in UTC with microsecond precision; <c>default</c> until the logger assigns it.</summary>
    public DateTimeOffset Time { get; init; }

    /// <summary>The catalogue entry this event is an instance of.</summary>
    public required AuditEventType Type { get; init; }

    /// <summary>The resource acted upon, with its validated address.</summary>
    public required AuditResource Resource { get; init; }

    /// <summary>The principal who acted.</summary>
    public required AuditActor Actor { get; init; }

    /// <summary>Whether the action succeeded, failed or was denied.</summary>
    public AuditOutcome Outcome { get; init; } = AuditOutcome.Success;

    /// <summary>Event-specific details (resource name, cluster, connector id, custom tags…).</summary>
    public AuditMetadata Metadata { get; init; } = AuditMetadata.Empty;

    /// <summary>Where the request came from, when known.</summary>
    public AuditClient? Client { get; init; }

    /// <summary>An id that ties this event to others of the same operation, when known.</summary>
    public string? CorrelationId { get; init; }

    /// <summary>The W3C trace id of the operation, when known.</summary>
    public string? TraceId { get; init; }

    /// <summary>Returns a copy with a metadata entry set to a string.</summary>
    public AuditEvent WithMetadata(string key, string? value) => this with { Metadata = Metadata.With(key, value) };

    /// <summary>Returns a copy with a metadata entry set to a number.</summary>
    public AuditEvent WithMetadata(string key, long value) => this with { Metadata = Metadata.With(key, value) };

    /// <summary>Returns a copy with a metadata entry set to a boolean.</summary>
    public AuditEvent WithMetadata(string key, bool value) => this with { Metadata = Metadata.With(key, value) };

    /// <summary>Returns a copy with a metadata entry set to a list of strings.</summary>
    public AuditEvent WithMetadata(string key, IEnumerable<string> values) => this with { Metadata = Metadata.With(key, values) };

    /// <summary>Returns a copy with a metadata entry set to any JSON value.</summary>
    public AuditEvent WithMetadata(string key, System.Text.Json.JsonElement value) => this with { Metadata = Metadata.With(key, value) };
}
