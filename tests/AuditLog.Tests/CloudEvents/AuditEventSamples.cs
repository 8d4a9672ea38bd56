using AuditLog.Resources;

namespace AuditLog.Tests.CloudEvents;

/// <summary>Audit events as the logger hands them to sinks (id and time assigned), and a field-by-field comparison.</summary>
internal static class AuditEventSamples
{
    public static readonly Guid Id = Guid.Parse("01927560-5ebb-7c3a-8f2e-1d6c9b8a7f00");

    public static readonly DateTimeOffset Time = new DateTimeOffset(2024, 10, 10, 7, 52, 7, TimeSpan.Zero).AddTicks(4_831_400);

    public static AuditEvent Stamped(AuditEvent auditEvent) => auditEvent with { Id = Id, Time = Time };

    public static AuditEvent TopicCreate() =>
        Stamped(AuditEvents.Kafka.Topic.Create.For(new KafkaTopic("production", "website-orders"), AuditActor.User("alice@example.com")));

    /// <summary>
    /// A resource of the type's resource type, built from its address template: <c>uuid</c> and
    /// <c>email</c> placeholders get valid values, every other placeholder <paramref name="text"/>.
    /// </summary>
    public static AuditResource SampleResource(AuditEventType type, string text)
    {
        var template = type.ResourceType.Template;
        var parts = template.Placeholders
            .Select(placeholder => placeholder switch
            {
                "uuid" => "6e8bc430-9c3a-11d9-9669-0800200c9a66",
                "email" => "bob@example.com",
                "crn" => "crn://confluent.cloud/kafka=lkc-6k8r8q/topic=orders",
                _ => text,
            })
            .ToArray();
        return AuditResource.Parse(type.ResourceType, template.Format(parts));
    }

    /// <summary>
    /// An event of the type in the tests that go through every catalogue type: a Confluent type's event made by its
    /// factory with <paramref name="text"/> in every free string of the record (its actor, outcome and client come
    /// from that record), any other type's as given.
    /// </summary>
    public static AuditEvent ForEveryType(AuditEventType type, string text, Func<AuditEvent> conduktorShaped) =>
        type is ConfluentEventType confluent
            ? confluent.Record(new ConfluentRecord("crn://confluent.cloud/kafka=lkc-6k8r8q", text, ConfluentResource.Of(("kafka", "lkc-6k8r8q"), ("topic", "orders")), new ConfluentAuthenticationInfo(text) { Mechanism = text, Identifier = text, Identity = text })
            {
                AuthorizationInfo = new ConfluentAuthorizationInfo(false, text, text, text) { PatternType = text, DryRun = true },
                RequestMetadata = new ConfluentRequestMetadata { ClientAddress = text, RequestId = text, ConnectionId = text, ClientId = text },
                Result = new ConfluentResult(text) { Message = text },
            }) with { CorrelationId = text, TraceId = text }
            : conduktorShaped();

    /// <summary>Compares every field; metadata as JSON text, so its key order counts.</summary>
    public static void ShouldBeSameEventAs(this AuditEvent actual, AuditEvent expected)
    {
        actual.Id.Should().Be(expected.Id);
        actual.Time.Should().Be(expected.Time);
        actual.Type.Should().BeSameAs(expected.Type);
        actual.Resource.Should().Be(expected.Resource);
        actual.Resource.Parts.Should().Equal(expected.Resource.Parts);
        actual.Actor.Should().Be(expected.Actor);
        actual.Outcome.Should().Be(expected.Outcome);
        actual.Metadata.ToJson().Should().Be(expected.Metadata.ToJson());
        actual.Client.Should().Be(expected.Client);
        actual.CorrelationId.Should().Be(expected.CorrelationId);
        actual.TraceId.Should().Be(expected.TraceId);
    }
}
