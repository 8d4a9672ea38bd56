using AuditLog.Pipeline;

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
    public void Confluent_family_holds_every_event_type_of_Confluents_categories_page_named_by_its_CloudEvents_type()
    {
        var types = AuditCatalogue.Family(AuditEventFamily.Confluent).ToArray();

        types.Select(t => t.Name).Should().Equal(DocumentedEvents.Confluent);
        types.Should().OnlyContain(t => t.CloudEventType == t.Name && ReferenceEquals(AuditCatalogue.FindByCloudEventType(t.Name), t));
    }

    [Fact]
    public void Catalogue_holds_nothing_but_the_four_families()
    {
        var count = AuditCatalogue.All.Count;

        count.Should().Be(DocumentedEvents.Exportable.Length + DocumentedEvents.Legacy.Length + DocumentedEvents.Security.Length + DocumentedEvents.Confluent.Length);
    }

    [Fact]
    public void Catalogue_holds_Conduktors_77_exportable_and_44_legacy_events()
    {
        AuditCatalogue.Family(AuditEventFamily.Exportable).Should().HaveCount(77);
        AuditCatalogue.Family(AuditEventFamily.Legacy).Should().HaveCount(44);
    }

    [Theory]
    [MemberData(nameof(DocumentedEvents.ExportableNames), MemberType = typeof(DocumentedEvents))]
    public void Exportable_event_requires_the_metadata_a_reader_needs(string name)
    {
        var documented = DocumentedEvents.ExportableRequiredMetadata.SingleOrDefault(e => e.Name == name).Keys ?? [];

        var type = AuditCatalogue.Find(name);

        type!.RequiredMetadata.Should().Equal(documented);
    }

    [Fact]
    public void Only_the_topic_source_template_is_Conduktors_the_other_exportable_ones_are_ours()
    {
        var shown = AuditCatalogue.ResourceTypes.Where(r => r.Family == AuditEventFamily.Exportable && r.SourceShownByConduktor);

        shown.Select(r => r.Template.Text).Should().BeEquivalentTo(DocumentedEvents.SourceTemplatesShownByConduktor);
    }

    [Fact]
    public void Exportable_source_templates_start_with_their_family_segment()
    {
        var exportable = AuditCatalogue.Family(AuditEventFamily.Exportable);

        exportable.Should().OnlyContain(t => t.ResourceType.Template.Text.StartsWith($"//{t.Name.Split('.')[0].ToLowerInvariant()}/", StringComparison.Ordinal));
    }

    [Fact]
    public void No_metadata_key_of_the_catalogue_would_be_redacted_as_a_secret()
    {
        var secrets = new SecretKeyMatcher(new AuditLogOptions().RedactedKeys);
        var keys = AuditCatalogue.All.SelectMany(t => t.ResourceType.MetadataKeys.Concat(t.RequiredMetadata)).Distinct();

        keys.Where(secrets.IsSecret).Should().BeEmpty("a value under a secret-like key would be masked, hiding what the event is about");
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
