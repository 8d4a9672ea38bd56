namespace AuditLog.Tests.Catalogue;

public sealed class CatalogueContentsTests
{
    [Fact]
    public void Exportable_family_holds_exactly_the_documented_events()
    {
        var names = AuditCatalogue.Family(AuditEventFamily.Exportable).Select(t => t.Name);

        names.Should().BeEquivalentTo(DocumentedEvents.Exportable);
    }

    [Fact]
    public void Legacy_family_holds_exactly_the_documented_events()
    {
        var names = AuditCatalogue.Family(AuditEventFamily.Legacy).Select(t => t.Name);

        names.Should().BeEquivalentTo(DocumentedEvents.Legacy.Select(e => e.Name));
    }

    [Fact]
    public void Security_family_holds_the_authentication_and_authorization_decisions()
    {
        var names = AuditCatalogue.Family(AuditEventFamily.Security).Select(t => t.Name);

        names.Should().BeEquivalentTo(DocumentedEvents.Security);
    }

    [Fact]
    public void Catalogue_holds_nothing_but_the_three_families()
    {
        var count = AuditCatalogue.All.Count;

        count.Should().Be(DocumentedEvents.Exportable.Length + DocumentedEvents.Legacy.Length + DocumentedEvents.Security.Length);
    }

    [Fact]
    public void Event_names_are_unique()
    {
        AuditCatalogue.All.Select(t => t.Name).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void CloudEvents_types_are_unique()
    {
        AuditCatalogue.All.Select(t => t.CloudEventType).Should().OnlyHaveUniqueItems();
    }

    [Theory]
    [MemberData(nameof(DocumentedEvents.ExportableNames), MemberType = typeof(DocumentedEvents))]
    public void Exportable_CloudEvents_type_lists_the_name_parts(string name)
    {
        var expected = $"AuditLogEventType({name.Replace('.', ',')})";

        var type = AuditCatalogue.Find(name);

        type.Should().NotBeNull();
        type!.CloudEventType.Should().Be(expected);
    }

    [Fact]
    public void Exportable_CloudEvents_type_of_topic_creation_is_Conduktors()
    {
        var type = AuditEvents.Kafka.Topic.Create.CloudEventType;

        type.Should().Be("AuditLogEventType(Kafka,Topic,Create)");
    }

    [Theory]
    [MemberData(nameof(DocumentedEvents.LegacyNames), MemberType = typeof(DocumentedEvents))]
    public void Legacy_event_has_its_documented_resource_type_and_template(string name)
    {
        var documented = DocumentedEvents.Legacy.Single(e => e.Name == name);

        var type = AuditCatalogue.Find(name);

        type.Should().NotBeNull();
        type!.ResourceType.Name.Should().Be(documented.ResourceType);
        type.ResourceType.Template.Text.Should().Be(documented.Template);
        type.ResourceType.Family.Should().Be(AuditEventFamily.Legacy);
    }

    [Theory]
    [MemberData(nameof(DocumentedEvents.LegacyNames), MemberType = typeof(DocumentedEvents))]
    public void Legacy_event_has_its_documented_detail(string name)
    {
        var documented = DocumentedEvents.LegacyDetails.SingleOrDefault(d => d.Name == name).Detail;

        var type = AuditCatalogue.Find(name);

        type!.Detail.Should().Be(documented);
    }

    [Fact]
    public void Every_event_uses_a_resource_type_of_its_own_family()
    {
        AuditCatalogue.All.Should().OnlyContain(t => t.ResourceType.Family == t.Family);
    }

    [Fact]
    public void Every_event_has_a_description()
    {
        AuditCatalogue.All.Should().OnlyContain(t => !string.IsNullOrWhiteSpace(t.Description));
    }
}
