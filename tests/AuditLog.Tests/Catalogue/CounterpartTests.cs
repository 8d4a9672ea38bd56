namespace AuditLog.Tests.Catalogue;

public sealed class CounterpartTests
{
    public static TheoryData<string> EventsWithoutCounterpart => new(
        AuditCatalogue.All.Select(t => t.Name)
            .Except(DocumentedEvents.Counterparts.SelectMany(p => new[] { p.Legacy, p.Exportable })));

    [Theory]
    [MemberData(nameof(DocumentedEvents.CounterpartPairs), MemberType = typeof(DocumentedEvents))]
    public void Legacy_event_has_the_exportable_event_of_the_same_action_as_counterpart(string legacy, string exportable)
    {
        var counterpart = AuditCatalogue.Find(legacy)!.Counterpart;

        counterpart.Should().BeSameAs(AuditCatalogue.Find(exportable));
    }

    [Theory]
    [MemberData(nameof(DocumentedEvents.CounterpartPairs), MemberType = typeof(DocumentedEvents))]
    public void Exportable_event_has_its_legacy_event_as_counterpart(string legacy, string exportable)
    {
        var counterpart = AuditCatalogue.Find(exportable)!.Counterpart;

        counterpart.Should().BeSameAs(AuditCatalogue.Find(legacy));
    }

    [Theory]
    [MemberData(nameof(EventsWithoutCounterpart))]
    public void Event_without_a_documented_counterpart_has_none(string name)
    {
        var counterpart = AuditCatalogue.Find(name)!.Counterpart;

        counterpart.Should().BeNull();
    }

    [Fact]
    public void Consumer_group_reset_pairs_the_legacy_and_exportable_updates()
    {
        AuditEvents.Legacy.ConsumerGroup.Updated.Counterpart.Should().BeSameAs(AuditEvents.Kafka.ConsumerGroup.Update);
    }
}
