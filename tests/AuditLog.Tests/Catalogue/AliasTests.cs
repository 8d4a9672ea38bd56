using System.Text.Json.Nodes;
using AuditLog.CloudEvents;
using AuditLog.Resources;

namespace AuditLog.Tests.Catalogue;

public sealed class AliasTests
{
    [Theory]
    [MemberData(nameof(DocumentedEvents.AliasPairs), MemberType = typeof(DocumentedEvents))]
    public void Find_resolves_an_alias_to_the_documented_event(string alias, string name)
    {
        var type = AuditCatalogue.Find(alias);

        type.Should().NotBeNull().And.BeSameAs(AuditCatalogue.Find(name));
    }

    [Theory]
    [MemberData(nameof(DocumentedEvents.AliasPairs), MemberType = typeof(DocumentedEvents))]
    public void Documented_event_lists_its_alias(string alias, string name)
    {
        var aliases = AuditCatalogue.Find(name)!.Aliases;

        aliases.Should().Contain(alias);
    }

    [Fact]
    public void Catalogue_holds_exactly_the_documented_aliases()
    {
        var aliases = AuditCatalogue.All.SelectMany(t => t.Aliases.Select(alias => (alias, t.Name)));

        aliases.Should().BeEquivalentTo(DocumentedEvents.Aliases);
    }

    [Fact]
    public void No_alias_is_also_an_event_name()
    {
        var names = AuditCatalogue.All.Select(t => t.Name);

        AuditCatalogue.All.SelectMany(t => t.Aliases).Should().NotIntersectWith(names);
    }

    [Fact]
    public void FindByCloudEventType_resolves_the_CloudEvents_type_an_alias_gives()
    {
        var type = AuditCatalogue.FindByCloudEventType("AuditLogEventType(IAM,User,Login)");

        type.Should().BeSameAs(AuditEvents.Iam.User.Login);
    }

    [Fact]
    public void Event_looked_up_by_an_alias_is_written_under_the_canonical_name()
    {
        var type = (AuditEventType<KafkaConnector>)AuditCatalogue.Find("Kafka.Connector.RestartTask")!;
        var audit = type.For(new KafkaConnector("production", "connect-main", "orders-sink"), AuditActor.User("admin@example.com")) with
        {
            Id = Guid.Parse("ad85122c-0041-421e-b04b-6bc2ec901e08"),
            Time = new DateTimeOffset(2024, 10, 10, 7, 52, 7, TimeSpan.Zero),
        };

        var json = JsonNode.Parse(AuditCloudEventMapper.ToJson(audit))!;

        json["type"]!.GetValue<string>().Should().Be("AuditLogEventType(Kafka,Connector,TaskRestart)");
        json["data"]!["eventType"]!.GetValue<string>().Should().Be("Kafka.Connector.TaskRestart");
    }

    [Fact]
    public void Event_published_under_an_alias_reads_back_as_the_documented_event()
    {
        const string json = """
            {"specversion":"1.0","id":"ad85122c-0041-421e-b04b-6bc2ec901e08","source":"//iam/user/alice@example.com",
             "type":"AuditLogEventType(IAM,User,Login)","time":"2024-10-10T07:52:07Z","datacontenttype":"application/json",
             "data":{"eventType":"IAM.User.Login","metadata":{"email":"alice@example.com"},"actor":{"kind":"user","id":"alice@example.com"},"outcome":{"status":"success"}}}
            """;

        var audit = AuditCloudEventMapper.FromJson(json);

        audit.Type.Should().BeSameAs(AuditEvents.Iam.User.Login);
    }

    [Fact]
    public void An_alias_in_data_with_another_event_in_type_is_refused()
    {
        const string json = """
            {"specversion":"1.0","id":"ad85122c-0041-421e-b04b-6bc2ec901e08","source":"//iam/user/alice@example.com",
             "type":"AuditLogEventType(Iam,User,Logout)","time":"2024-10-10T07:52:07Z","datacontenttype":"application/json",
             "data":{"eventType":"IAM.User.Login","metadata":{}}}
            """;

        var read = () => AuditCloudEventMapper.FromJson(json);

        read.Should().Throw<AuditEventFormatException>().Which.Message.Should().Contain("type");
    }
}
