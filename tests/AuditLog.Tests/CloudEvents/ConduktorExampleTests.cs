using System.Text.Json.Nodes;
using AuditLog.CloudEvents;
using AuditLog.Resources;

namespace AuditLog.Tests.CloudEvents;

/// <summary>The example event of Conduktor's audit log documentation, exactly as published.</summary>
public sealed class ConduktorExampleTests
{
    private const string DocumentedExample =
        """{"source":"//kafka/kafkacluster/production/topic/website-orders","data":{"eventType":"Kafka.Topic.Create","metadata":{"name":"website-orders","cluster":"production"}},"datacontenttype":"application/json","id":"ad85122c-0041-421e-b04b-6bc2ec901e08","time":"2024-10-10T07:52:07.483140Z","type":"AuditLogEventType(Kafka,Topic,Create)","specversion":"1.0"}""";

    [Fact]
    public void The_generic_reader_reads_the_documented_example()
    {
        var cloudEvent = CloudEventJsonFormatter.Parse(DocumentedExample);

        cloudEvent.Id.Should().Be("ad85122c-0041-421e-b04b-6bc2ec901e08");
        cloudEvent.Source.Should().Be("//kafka/kafkacluster/production/topic/website-orders");
        cloudEvent.Type.Should().Be("AuditLogEventType(Kafka,Topic,Create)");
        cloudEvent.DataContentType.Should().Be("application/json");
        cloudEvent.Time.Should().Be(new DateTimeOffset(2024, 10, 10, 7, 52, 7, TimeSpan.Zero).AddTicks(4_831_400));
        cloudEvent.Data!.Value.GetProperty("eventType").GetString().Should().Be("Kafka.Topic.Create");
    }

    [Fact]
    public void The_documented_example_is_written_back_unchanged_in_meaning()
    {
        var written = CloudEventJsonFormatter.SerializeToString(CloudEventJsonFormatter.Parse(DocumentedExample));

        JsonNode.DeepEquals(JsonNode.Parse(written), JsonNode.Parse(DocumentedExample)).Should().BeTrue();
    }

    [Fact]
    public void The_documented_example_is_written_back_with_its_metadata_in_its_order()
    {
        var written = CloudEventJsonFormatter.SerializeToString(CloudEventJsonFormatter.Parse(DocumentedExample));

        written.Should().Contain("""{"eventType":"Kafka.Topic.Create","metadata":{"name":"website-orders","cluster":"production"}}""");
    }

    [Fact]
    public void The_mapper_reads_the_documented_example_as_a_topic_creation()
    {
        var auditEvent = AuditCloudEventMapper.FromJson(DocumentedExample);

        auditEvent.Id.Should().Be(Guid.Parse("ad85122c-0041-421e-b04b-6bc2ec901e08"));
        auditEvent.Time.Should().Be(new DateTimeOffset(2024, 10, 10, 7, 52, 7, TimeSpan.Zero).AddTicks(4_831_400));
        auditEvent.Type.Should().BeSameAs(AuditEvents.Kafka.Topic.Create);
        auditEvent.Resource.Should().Be(AuditResource.From(new KafkaTopic("production", "website-orders")));
        auditEvent.Metadata.ToJson().Should().Be("""{"name":"website-orders","cluster":"production"}""");
    }

    [Fact]
    public void The_mapper_gives_the_documented_example_the_unknown_actor_and_a_success()
    {
        var auditEvent = AuditCloudEventMapper.FromJson(DocumentedExample);

        auditEvent.Actor.Should().Be(AuditCloudEventMapper.UnknownActor);
        auditEvent.Outcome.Should().Be(AuditOutcome.Success);
        auditEvent.Client.Should().BeNull();
    }

    [Fact]
    public void A_topic_creation_is_written_with_the_documented_top_level_members()
    {
        var written = JsonNode.Parse(AuditCloudEventMapper.ToJson(TopicCreationLikeTheExample()))!.AsObject();
        var documented = JsonNode.Parse(DocumentedExample)!.AsObject();

        written.Select(m => m.Key).Should().BeEquivalentTo(documented.Select(m => m.Key));
        written.Select(m => m.Key).Should().Equal("specversion", "id", "source", "type", "time", "datacontenttype", "data");
    }

    [Fact]
    public void A_topic_creation_is_written_with_the_documented_data_members_first_then_ours()
    {
        var written = JsonNode.Parse(AuditCloudEventMapper.ToJson(TopicCreationLikeTheExample()))!["data"]!.AsObject();

        written.Select(m => m.Key).Should().Equal("eventType", "metadata", "actor", "outcome");
    }

    [Fact]
    public void A_topic_creation_equals_the_documented_example_apart_from_our_extra_data_members()
    {
        var written = JsonNode.Parse(AuditCloudEventMapper.ToJson(TopicCreationLikeTheExample()))!.AsObject();

        var data = written["data"]!.AsObject();
        data.Remove("actor");
        data.Remove("outcome");

        JsonNode.DeepEquals(written, JsonNode.Parse(DocumentedExample)).Should().BeTrue();
    }

    [Fact]
    public void A_topic_creation_is_written_member_by_member_like_the_documented_example()
    {
        var written = JsonNode.Parse(AuditCloudEventMapper.ToJson(TopicCreationLikeTheExample()))!;
        var documented = JsonNode.Parse(DocumentedExample)!;

        foreach (var member in new[] { "specversion", "id", "source", "type", "time", "datacontenttype" })
        {
            written[member]!.GetValue<string>().Should().Be(documented[member]!.GetValue<string>(), because: $"'{member}' is documented");
        }

        written["data"]!["eventType"]!.GetValue<string>().Should().Be("Kafka.Topic.Create");
        JsonNode.DeepEquals(written["data"]!["metadata"], documented["data"]!["metadata"]).Should().BeTrue();
    }

    private static AuditEvent TopicCreationLikeTheExample() =>
        AuditEvents.Kafka.Topic.Create.For(new KafkaTopic("production", "website-orders"), AuditActor.User("alice@example.com")) with
        {
            Id = Guid.Parse("ad85122c-0041-421e-b04b-6bc2ec901e08"),
            Time = new DateTimeOffset(2024, 10, 10, 7, 52, 7, TimeSpan.Zero).AddTicks(4_831_400),
        };
}
