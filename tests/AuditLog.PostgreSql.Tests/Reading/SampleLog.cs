using AuditLog.PostgreSql.Tests.Support;
using AuditLog.TestSupport;

namespace AuditLog.PostgreSql.Tests.Reading;

/// <summary>
/// A small audit log with one event a minute from <see cref="Start"/>, covering every family, outcome and
/// several actors, plus topics whose names hold LIKE's wildcards literally.
/// </summary>
public static class SampleLog
{
    public static readonly DateTimeOffset Start = SampleAuditLog.Start;

    public static readonly Guid ClusterId = SampleAuditLog.ClusterId;

    public static AuditActor Alice => SampleAuditLog.Alice;

    public static AuditActor Bob => SampleAuditLog.Bob;

    public static AuditActor Etl => SampleAuditLog.Etl;

    /// <summary>The events, oldest first, enriched with a time a minute apart.</summary>
    public static IReadOnlyList<AuditEvent> Events { get; } = Build();

    public static string TopicAddress(string cluster, string topic) => $"//kafka/kafkacluster/{cluster}/topic/{topic}";

    private static AuditEvent[] Build() =>
        SampleAuditLog.Events().Select((e, i) => EventSeeder.Enriched(e, Start.AddMinutes(i))).ToArray();
}
