using System.Diagnostics;

namespace AuditLog.Pipeline;

/// <summary>Fills in what the caller need not know: id, time, trace and correlation ids.</summary>
internal sealed class AuditEventEnricher(TimeProvider timeProvider, string correlationBaggageKey)
{
    public AuditEvent Enrich(AuditEvent auditEvent)
    {
        var time = auditEvent.Time == default ? timeProvider.GetUtcNow() : auditEvent.Time.ToUniversalTime();
        time = TruncateToMicroseconds(time);
        var activity = Activity.Current;
        return auditEvent with
        {
            Time = time,
            Id = auditEvent.Id == Guid.Empty ? UuidV7.Create(time) : auditEvent.Id,
            TraceId = auditEvent.TraceId ?? (activity is { IdFormat: ActivityIdFormat.W3C } ? activity.TraceId.ToHexString() : null),
            CorrelationId = auditEvent.CorrelationId ?? activity?.GetBaggageItem(correlationBaggageKey),
        };
    }

    // Storage and the wire keep microseconds (PostgreSQL timestamptz, RFC 3339 with 6 digits).
    private static DateTimeOffset TruncateToMicroseconds(DateTimeOffset time) =>
        new(time.Ticks - (time.Ticks % (TimeSpan.TicksPerMillisecond / 1000)), TimeSpan.Zero);
}
