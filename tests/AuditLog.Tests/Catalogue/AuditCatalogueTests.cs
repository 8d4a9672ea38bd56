using System.Reflection;

namespace AuditLog.Tests.Catalogue;

public sealed class AuditCatalogueTests
{
    public static TheoryData<string> EntryNames => new(AuditCatalogue.All.Select(t => t.Name));

    [Fact]
    public void Groups_name_every_public_nested_class_of_AuditEvents()
    {
        var nested = typeof(AuditEvents).GetNestedTypes(BindingFlags.Public);

        AuditCatalogue.Groups.Should().BeEquivalentTo(nested);
    }

    [Fact]
    public void Groups_are_listed_once()
    {
        AuditCatalogue.Groups.Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void All_lists_exportable_then_legacy_then_security_events()
    {
        var families = AuditCatalogue.All.Select(t => t.Family);

        families.Should().BeInAscendingOrder();
    }

    [Theory]
    [MemberData(nameof(EntryNames))]
    public void Find_returns_the_entry_of_that_name(string name)
    {
        var type = AuditCatalogue.Find(name);

        type.Should().NotBeNull();
        type!.Name.Should().Be(name);
    }

    [Theory]
    [MemberData(nameof(EntryNames))]
    public void FindByCloudEventType_returns_the_entry_of_that_type(string name)
    {
        var entry = AuditCatalogue.Find(name)!;

        var type = AuditCatalogue.FindByCloudEventType(entry.CloudEventType);

        type.Should().BeSameAs(entry);
    }

    [Theory]
    [InlineData("Kafka.Topic.Explode")]
    [InlineData("kafka.topic.create")]
    [InlineData("AuditLogEventType(Kafka,Topic,Create)")]
    [InlineData("")]
    public void Find_returns_null_for_an_unknown_name(string name)
    {
        AuditCatalogue.Find(name).Should().BeNull();
    }

    [Fact]
    public void Find_returns_null_for_null()
    {
        AuditCatalogue.Find(null).Should().BeNull();
    }

    [Theory]
    [InlineData("AuditLogEventType(Kafka,Topic,Explode)")]
    [InlineData("Kafka.Topic.Create")]
    [InlineData("")]
    public void FindByCloudEventType_returns_null_for_an_unknown_type(string cloudEventType)
    {
        AuditCatalogue.FindByCloudEventType(cloudEventType).Should().BeNull();
    }

    [Fact]
    public void FindByCloudEventType_returns_null_for_null()
    {
        AuditCatalogue.FindByCloudEventType(null).Should().BeNull();
    }

    [Fact]
    public void ResourceTypes_lists_each_resource_type_of_the_entries_once()
    {
        var used = AuditCatalogue.All.Select(t => t.ResourceType).Distinct();

        AuditCatalogue.ResourceTypes.Should().Equal(used);
    }

    [Fact]
    public void Resource_type_names_are_unique_within_a_family()
    {
        AuditCatalogue.ResourceTypes.Select(r => (r.Family, r.Name)).Should().OnlyHaveUniqueItems();
    }
}
