using System.Text.RegularExpressions;

namespace AuditLog.Tests.Catalogue;

public sealed class CatalogueFactoryTests
{
    private static readonly AuditActor Actor = AuditActor.User("admin@example.com", "Admin");

    public static TheoryData<string> EntryNames => new(AuditCatalogue.All.Select(t => t.Name));

    [Theory]
    [MemberData(nameof(EntryNames))]
    public void Sample_table_has_a_resource_for_the_entry(string name)
    {
        var entry = AuditCatalogue.Find(name)!;

        var sample = SampleResources.For(entry);

        sample.Should().NotBeNull($"the test's sample table needs a {SampleResources.ResourceRecordOf(entry).Name}");
    }

    [Theory]
    [MemberData(nameof(EntryNames))]
    public void Factory_sets_the_event_type_to_the_entry(string name)
    {
        var entry = AuditCatalogue.Find(name)!;

        var audit = SampleResources.Create(entry, SampleResources.For(entry)!, Actor);

        audit.Type.Should().BeSameAs(entry);
        audit.Actor.Should().Be(Actor);
    }

    [Theory]
    [MemberData(nameof(EntryNames))]
    public void Factory_addresses_the_resource_by_its_template(string name)
    {
        var entry = AuditCatalogue.Find(name)!;
        var sample = SampleResources.For(entry)!;
        var expected = Substitute(entry.ResourceType.Template.Text, sample.AddressParts);

        var audit = SampleResources.Create(entry, sample, Actor);

        audit.Resource.Type.Should().BeSameAs(entry.ResourceType);
        audit.Resource.Address.Should().Be(expected);
        entry.ResourceType.Template.Matches(audit.Resource.Address).Should().BeTrue();
        audit.Resource.Parts.Should().Equal(sample.AddressParts);
    }

    [Theory]
    [MemberData(nameof(EntryNames))]
    public void Factory_records_the_address_parts_under_the_metadata_keys(string name)
    {
        var entry = AuditCatalogue.Find(name)!;
        var sample = SampleResources.For(entry)!;

        var audit = SampleResources.Create(entry, sample, Actor);

        var keys = entry.ResourceType.MetadataKeys;
        audit.Metadata.Keys.Should().Equal(keys.Reverse(), "the most specific part (the name) comes first, as in Conduktor's events");
        for (var i = 0; i < keys.Count; i++)
        {
            audit.Metadata.GetString(keys[i]).Should().Be(sample.AddressParts[i], $"metadata '{keys[i]}' holds address part {i}");
        }
    }

    [Fact]
    public void Exportable_topic_event_has_Conduktors_source_and_metadata()
    {
        var audit = AuditEvents.Kafka.Topic.Create.For(new Resources.KafkaTopic("production", "website-orders"), Actor);

        audit.Resource.Address.Should().Be("//kafka/kafkacluster/production/topic/website-orders");
        audit.Metadata.GetString("name").Should().Be("website-orders");
        audit.Metadata.GetString("cluster").Should().Be("production");
        audit.Metadata.ToJson().Should().Be("""{"name":"website-orders","cluster":"production"}""");
    }

    [Fact]
    public void Factory_escapes_separators_in_resource_names()
    {
        var audit = AuditEvents.Legacy.Topic.Created.For(new Resources.CrnTopic(SampleResources.ClusterId, "a/b=c%d"), Actor);

        audit.Resource.Address.Should().Be($"kafka:/cluster/{SampleResources.ClusterId}/topic/a%2Fb%3Dc%25d");
        audit.Metadata.GetString("name").Should().Be("a/b=c%d");
    }

    [Fact]
    public void Factory_escapes_separators_in_exportable_source_parts()
    {
        var audit = AuditEvents.Kafka.ConsumerGroup.Delete.For(new Resources.KafkaConsumerGroup("eu/west", "a/b=c%d"), Actor);

        audit.Resource.Address.Should().Be("//kafka/kafkacluster/eu%2Fwest/consumergroup/a%2Fb%3Dc%25d");
        AuditEvents.Kafka.ConsumerGroup.Delete.ResourceType.Template.TryParse(audit.Resource.Address).Should().Equal("eu/west", "a/b=c%d");
    }

    [Fact]
    public void Factory_rejects_an_invalid_part()
    {
        var act = () => AuditEvents.Legacy.User.Login.For(new Resources.CrnUser("not-an-email"), Actor);

        act.Should().Throw<AuditValidationException>().Which.Field.Should().Be("resource.email");
    }

    // Plain substitution: the samples hold no character that needs escaping.
    private static string Substitute(string template, IReadOnlyList<string?> parts)
    {
        var index = 0;
        return Regex.Replace(template, "<[^>]+>", _ => parts[index++]!);
    }
}
