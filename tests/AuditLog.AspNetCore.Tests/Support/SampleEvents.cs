using AuditLog.TestSupport;

namespace AuditLog.AspNetCore.Tests.Support;

/// <summary>
/// A small audit log, one event a minute from <see cref="Start"/>, covering every family and outcome, several
/// actors, and topics whose names hold LIKE's wildcards literally. Reads of the log are recorded at the current
/// time, after <see cref="End"/>, so a query bounded by <c>to=End</c> sees only these.
/// </summary>
public static class SampleEvents
{
    public static readonly DateTimeOffset Start = SampleAuditLog.Start;

    public static readonly DateTimeOffset End = Start.AddDays(1);

    public static readonly Guid ClusterId = SampleAuditLog.ClusterId;

    public static AuditActor Alice => SampleAuditLog.Alice;

    public static AuditActor Bob => SampleAuditLog.Bob;

    public static AuditActor Etl => SampleAuditLog.Etl;

    /// <summary>The events, oldest first, with ids and times set.</summary>
    public static IReadOnlyList<AuditEvent> Events { get; } = Build();

    /// <summary>Newest first, as the API returns them.</summary>
    public static IEnumerable<AuditEvent> NewestFirst => Events.Reverse();

    public static async Task WriteAsync(IAuditLogger logger)
    {
        foreach (var auditEvent in Events)
        {
            await logger.LogAsync(auditEvent);
        }
    }

    // The store's sample log, its last event carrying markup that the page must show as text.
    private static AuditEvent[] Build()
    {
        var events = SampleAuditLog.Events();
        events[^1] = events[^1].WithMetadata("note", "<img src=x onerror=alert(1)>");
        return events.Select((e, i) =>
        {
            var time = Start.AddMinutes(i);
            return e with { Time = time, Id = Guid.CreateVersion7(time) };
        }).ToArray();
    }
}
