using System.Text.Json;
using System.Text.Json.Nodes;
using AuditLog.CloudEvents;
using CloudNative.CloudEvents;
using static AuditLog.Tests.CloudEvents.AuditEventSamples;

namespace AuditLog.Tests.CloudEvents;

/// <summary>The SDK face of the mapper: <see cref="CloudNative.CloudEvents.CloudEvent"/> in and out.</summary>
public sealed class AuditCloudEventMapperSdkTests
{
    [Fact]
    public void The_mapped_cloud_event_is_a_valid_cloud_events_1_0_event()
    {
        var cloudEvent = AuditCloudEventMapper.ToCloudEvent(TopicCreate());

        cloudEvent.SpecVersion.Should().BeSameAs(CloudEventsSpecVersion.V1_0);
        cloudEvent.IsValid.Should().BeTrue();
    }

    [Fact]
    public void The_mapped_cloud_event_carries_the_data_object_as_a_json_element()
    {
        var auditEvent = TopicCreate();

        var cloudEvent = AuditCloudEventMapper.ToCloudEvent(auditEvent);

        var data = cloudEvent.Data.Should().BeOfType<JsonElement>().Subject;
        data.GetRawText().Should().Be(JsonNode.Parse(AuditCloudEventMapper.ToJson(auditEvent))!["data"]!.ToJsonString());
    }

    [Fact]
    public void The_mapped_cloud_event_has_no_extension_attributes()
    {
        var cloudEvent = AuditCloudEventMapper.ToCloudEvent(TopicCreate());

        cloudEvent.ExtensionAttributes.Should().BeEmpty();
    }

    [Fact]
    public void The_mapped_cloud_event_carries_the_time_in_utc_to_the_microsecond()
    {
        var auditEvent = TopicCreate() with { Time = new DateTimeOffset(2024, 10, 10, 9, 52, 7, TimeSpan.FromHours(2)).AddTicks(1_234_567) };

        var cloudEvent = AuditCloudEventMapper.ToCloudEvent(auditEvent);

        cloudEvent.Time.Should().Be(new DateTimeOffset(2024, 10, 10, 7, 52, 7, TimeSpan.Zero).AddTicks(1_234_560));
        cloudEvent.Time!.Value.Offset.Should().Be(TimeSpan.Zero);
    }

    [Fact]
    public void A_mapped_cloud_event_converts_back_to_the_same_audit_event()
    {
        var original = TopicCreate() with { Outcome = AuditOutcome.Denied("no ACL"), CorrelationId = "req-42" };

        var read = AuditCloudEventMapper.FromCloudEvent(AuditCloudEventMapper.ToCloudEvent(original));

        read.ShouldBeSameEventAs(original);
    }

    [Fact]
    public void Data_held_as_a_json_node_is_read_as_the_sdk_formatter_would_write_it()
    {
        var cloudEvent = AuditCloudEventMapper.ToCloudEvent(TopicCreate());
        cloudEvent.Data = JsonNode.Parse(((JsonElement)cloudEvent.Data!).GetRawText());

        var read = AuditCloudEventMapper.FromCloudEvent(cloudEvent);

        read.ShouldBeSameEventAs(TopicCreate());
    }

    [Fact]
    public void Extension_attributes_are_ignored()
    {
        var cloudEvent = AuditCloudEventMapper.ToCloudEvent(TopicCreate());
        cloudEvent["partitionkey"] = "orders";

        var read = AuditCloudEventMapper.FromCloudEvent(cloudEvent);

        read.ShouldBeSameEventAs(TopicCreate());
    }

    [Fact]
    public void A_cloud_event_without_an_id_is_rejected_naming_the_attribute()
    {
        var error = Rejects(Mapped(e => e.Id = null));

        error.Attribute.Should().Be("id");
        error.Rule.Should().Be("is required");
    }

    [Fact]
    public void A_cloud_event_without_a_source_is_rejected_naming_the_attribute()
    {
        Rejects(Mapped(e => e.Source = null)).Attribute.Should().Be("source");
    }

    [Fact]
    public void A_cloud_event_without_data_is_rejected_naming_the_attribute()
    {
        var error = Rejects(Mapped(e => e.Data = null));

        error.Attribute.Should().Be("data");
        error.Rule.Should().Be("is required for an audit event");
    }

    [Fact]
    public void Binary_data_is_rejected_since_an_audit_event_is_a_json_object()
    {
        Rejects(Mapped(e => e.Data = "{}"u8.ToArray())).Attribute.Should().Be("data");
    }

    [Fact]
    public void String_data_is_rejected_since_the_sdk_formatter_writes_it_as_a_json_string()
    {
        var error = Rejects(Mapped(e => e.Data = AuditCloudEventMapper.ToJson(TopicCreate())));

        error.Attribute.Should().Be("data");
        error.Rule.Should().Be("must be a JSON object for an audit event");
    }

    [Fact]
    public void A_non_json_data_content_type_is_rejected()
    {
        var error = Rejects(Mapped(e => e.DataContentType = "application/xml"));

        error.Attribute.Should().Be("data");
        error.Rule.Should().Be("must be a JSON string when 'datacontenttype' does not declare JSON content");
    }

    [Fact]
    public void A_type_off_the_catalogue_is_rejected()
    {
        Rejects(Mapped(e => e.Type = "com.example.other")).Attribute.Should().Be("type");
    }

    [Fact]
    public void The_error_is_a_format_exception()
    {
        var cloudEvent = AuditCloudEventMapper.ToCloudEvent(TopicCreate());
        cloudEvent.Id = "not-a-uuid";

        var act = () => AuditCloudEventMapper.FromCloudEvent(cloudEvent);

        act.Should().Throw<FormatException>().WithMessage("Invalid CloudEvent: 'id' must be a UUID for an audit event.");
    }

    // The topic creation sample as an SDK event, then changed.
    private static CloudNative.CloudEvents.CloudEvent Mapped(Action<CloudNative.CloudEvents.CloudEvent> change)
    {
        var cloudEvent = AuditCloudEventMapper.ToCloudEvent(TopicCreate());
        change(cloudEvent);
        return cloudEvent;
    }

    private static AuditEventFormatException Rejects(CloudNative.CloudEvents.CloudEvent cloudEvent)
    {
        var act = () => AuditCloudEventMapper.FromCloudEvent(cloudEvent);
        return act.Should().Throw<AuditEventFormatException>().Which;
    }
}
