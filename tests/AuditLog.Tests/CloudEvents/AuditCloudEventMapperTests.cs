using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;
using AuditLog.CloudEvents;
using AuditLog.Resources;
using static AuditLog.Tests.CloudEvents.AuditEventSamples;

namespace AuditLog.Tests.CloudEvents;

public sealed class AuditCloudEventMapperTests
{
    [Fact]
    public void An_exportable_event_with_every_field_set_round_trips()
    {
        var original = TopicCreate() with
        {
            Actor = AuditActor.User("alice@example.com", "Alice"),
            Outcome = AuditOutcome.Failure("topic already exists"),
            Client = new AuditClient("192.0.2.10", "console/1.27"),
            CorrelationId = "req-42",
            TraceId = "4bf92f3577b34da6a3ce929d0e0e4736",
        };

        var read = AuditCloudEventMapper.FromJson(AuditCloudEventMapper.ToJson(original));

        read.ShouldBeSameEventAs(original);
    }

    [Fact]
    public void A_legacy_crn_event_round_trips()
    {
        var original = Stamped(AuditEvents.Legacy.Topic.Created.For(
            new CrnTopic(Guid.Parse("6e8bc430-9c3a-11d9-9669-0800200c9a66"), "orders"),
            AuditActor.ServiceAccount("sa-deployer")));

        var json = AuditCloudEventMapper.ToJson(original);
        var read = AuditCloudEventMapper.FromJson(json);

        read.ShouldBeSameEventAs(original);
        var node = JsonNode.Parse(json)!;
        node["type"]!.GetValue<string>().Should().Be("AuditLogEventType(topic.Created)");
        node["source"]!.GetValue<string>().Should().Be("kafka:/cluster/6e8bc430-9c3a-11d9-9669-0800200c9a66/topic/orders");
    }

    [Fact]
    public void A_security_decision_round_trips()
    {
        var original = Stamped(AuditEvents.Security.Authorization.Record(
            new AuthorizationCheck("production", AuditActor.ApiKey("key-123"), "Write", "Topic", "payments", Granted: false)
            {
                DryRun = true,
                Message = "no ACL grants Write",
                Client = new AuditClient("2001:db8::1"),
            }));

        var json = AuditCloudEventMapper.ToJson(original);
        var read = AuditCloudEventMapper.FromJson(json);

        read.ShouldBeSameEventAs(original);
        read.Outcome.Status.Should().Be(OutcomeStatus.Denied);
        JsonNode.Parse(json)!["source"]!.GetValue<string>().Should().Be("crn:///kafka=production/Topic=payments");
    }

    public static TheoryData<string> EveryEventType => new(AuditCatalogue.All.Select(type => type.Name));

    [Theory]
    [MemberData(nameof(EveryEventType))]
    public void Every_event_type_of_the_catalogue_round_trips(string name)
    {
        var type = AuditCatalogue.Find(name)!;
        var original = Stamped(ForEveryType(type, "a value/with=specials", () =>
        {
            var resource = SampleResource(type, "a value/with=specials");
            return new AuditEvent { Type = type, Resource = resource, Actor = AuditActor.System("scheduler"), Metadata = resource.ToMetadata() };
        }));

        var read = AuditCloudEventMapper.FromJson(AuditCloudEventMapper.ToUtf8Json(original));

        read.ShouldBeSameEventAs(original);
    }

    [Fact]
    public void Writes_top_level_members_in_the_documented_order()
    {
        var json = AuditCloudEventMapper.ToJson(TopicCreate());

        JsonNode.Parse(json)!.AsObject().Select(m => m.Key).Should().Equal(
            "specversion", "id", "source", "type", "time", "datacontenttype", "data");
    }

    [Fact]
    public void Writes_data_members_in_the_documented_order()
    {
        var auditEvent = TopicCreate() with
        {
            Client = new AuditClient("192.0.2.10", "console/1.27"),
            CorrelationId = "req-42",
            TraceId = "4bf92f3577b34da6a3ce929d0e0e4736",
        };

        var data = JsonNode.Parse(AuditCloudEventMapper.ToJson(auditEvent))!["data"]!.AsObject();

        data.Select(m => m.Key).Should().Equal("eventType", "metadata", "actor", "outcome", "client", "correlationId", "traceId");
    }

    [Fact]
    public void Writes_the_exact_wire_form_of_a_topic_creation()
    {
        var json = AuditCloudEventMapper.ToJson(TopicCreate());

        json.Should().Be(
            """{"specversion":"1.0","id":"01927560-5ebb-7c3a-8f2e-1d6c9b8a7f00","source":"//kafka/kafkacluster/production/topic/website-orders","type":"AuditLogEventType(Kafka,Topic,Create)","time":"2024-10-10T07:52:07.483140Z","datacontenttype":"application/json","data":{"eventType":"Kafka.Topic.Create","metadata":{"name":"website-orders","cluster":"production"},"actor":{"kind":"user","id":"alice@example.com"},"outcome":{"status":"success"}}}""");
    }

    [Fact]
    public void Omits_members_that_are_not_set()
    {
        var data = JsonNode.Parse(AuditCloudEventMapper.ToJson(TopicCreate()))!["data"]!;

        data["actor"]!.AsObject().Select(m => m.Key).Should().Equal("kind", "id");
        data["outcome"]!.AsObject().Select(m => m.Key).Should().Equal("status");
        data.AsObject().Should().NotContainKey("client").And.NotContainKey("correlationId").And.NotContainKey("traceId");
    }

    [Theory]
    [InlineData(ActorKind.User, "user")]
    [InlineData(ActorKind.ServiceAccount, "serviceAccount")]
    [InlineData(ActorKind.ApiKey, "apiKey")]
    [InlineData(ActorKind.Application, "application")]
    [InlineData(ActorKind.System, "system")]
    public void Actor_kinds_are_written_in_camel_case(ActorKind kind, string expected)
    {
        var auditEvent = TopicCreate() with { Actor = new AuditActor(kind, "someone") };

        var data = JsonNode.Parse(AuditCloudEventMapper.ToJson(auditEvent))!["data"]!;

        data["actor"]!["kind"]!.GetValue<string>().Should().Be(expected);
        AuditCloudEventMapper.FromJson(AuditCloudEventMapper.ToJson(auditEvent)).Actor.Kind.Should().Be(kind);
    }

    [Theory]
    [InlineData(OutcomeStatus.Success, "success")]
    [InlineData(OutcomeStatus.Failure, "failure")]
    [InlineData(OutcomeStatus.Denied, "denied")]
    public void Outcome_statuses_are_written_in_camel_case(OutcomeStatus status, string expected)
    {
        var auditEvent = TopicCreate() with { Outcome = new AuditOutcome(status) };

        var data = JsonNode.Parse(AuditCloudEventMapper.ToJson(auditEvent))!["data"]!;

        data["outcome"]!["status"]!.GetValue<string>().Should().Be(expected);
    }

    [Fact]
    public void Metadata_keeps_its_key_order()
    {
        var original = TopicCreate().WithMetadata("zeta", "z").WithMetadata("alpha", 1).WithMetadata("tags", ["pii", "gold"]);

        var read = AuditCloudEventMapper.FromJson(AuditCloudEventMapper.ToJson(original));

        read.Metadata.Keys.Should().Equal("name", "cluster", "zeta", "alpha", "tags");
    }

    [Fact]
    public void Time_keeps_its_microseconds()
    {
        var original = TopicCreate() with { Time = new DateTimeOffset(2024, 10, 10, 7, 52, 7, TimeSpan.Zero).AddTicks(10) };

        var read = AuditCloudEventMapper.FromJson(AuditCloudEventMapper.ToJson(original));

        read.Time.Should().Be(original.Time);
        (read.Time.UtcTicks % TimeSpan.TicksPerSecond).Should().Be(10);
    }

    [Fact]
    public void Time_is_truncated_to_microseconds_and_read_in_utc()
    {
        var original = TopicCreate() with { Time = new DateTimeOffset(2024, 10, 10, 9, 52, 7, TimeSpan.FromHours(2)).AddTicks(1_234_567) };

        var read = AuditCloudEventMapper.FromJson(AuditCloudEventMapper.ToJson(original));

        read.Time.Should().Be(new DateTimeOffset(2024, 10, 10, 7, 52, 7, TimeSpan.Zero).AddTicks(1_234_560));
        read.Time.Offset.Should().Be(TimeSpan.Zero);
    }

    [Fact]
    public void Writing_directly_gives_the_same_bytes_as_writing_the_wire_model_of_the_mapped_cloud_event()
    {
        var auditEvent = TopicCreate().WithMetadata("note", "Zoë <b>&</b> +1") with
        {
            Client = new AuditClient("192.0.2.10", "console/1.27"),
            TraceId = "4bf92f3577b34da6a3ce929d0e0e4736",
        };

        var direct = AuditCloudEventMapper.ToUtf8Json(auditEvent);
        var viaCloudEvent = CloudEventJsonFormatter.Serialize(SdkCloudEventConverter.FromSdk(AuditCloudEventMapper.ToCloudEvent(auditEvent)));

        direct.Should().Equal(viaCloudEvent);
    }

    [Fact]
    public void Writing_into_a_buffer_writer_gives_the_same_bytes()
    {
        var auditEvent = TopicCreate();
        var buffer = new ArrayBufferWriter<byte>();

        AuditCloudEventMapper.Write(auditEvent, buffer);

        buffer.WrittenSpan.ToArray().Should().Equal(AuditCloudEventMapper.ToUtf8Json(auditEvent));
    }

    [Fact]
    public void Writing_into_a_callers_json_writer_supports_json_lines_and_arrays()
    {
        var auditEvent = TopicCreate();
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            AuditCloudEventMapper.Write(auditEvent, writer);
            AuditCloudEventMapper.Write(auditEvent, writer);
            writer.WriteEndArray();
        }

        var events = JsonNode.Parse(buffer.WrittenSpan)!.AsArray();

        events.Should().HaveCount(2);
        events[1]!["type"]!.GetValue<string>().Should().Be("AuditLogEventType(Kafka,Topic,Create)");
    }

    [Fact]
    public void The_mapped_cloud_event_carries_the_catalogue_type_and_resource_address()
    {
        var cloudEvent = AuditCloudEventMapper.ToCloudEvent(TopicCreate());

        cloudEvent.Id.Should().Be("01927560-5ebb-7c3a-8f2e-1d6c9b8a7f00");
        cloudEvent.Type.Should().Be("AuditLogEventType(Kafka,Topic,Create)");
        cloudEvent.Source!.OriginalString.Should().Be("//kafka/kafkacluster/production/topic/website-orders");
        cloudEvent.DataContentType.Should().Be("application/json");
        cloudEvent.Time.Should().Be(Time);
    }

    [Fact]
    public void An_event_without_an_id_cannot_be_written()
    {
        var act = () => AuditCloudEventMapper.ToJson(TopicCreate() with { Id = Guid.Empty });

        act.Should().Throw<ArgumentException>().WithMessage("*no id*");
    }

    [Fact]
    public void An_event_without_a_time_cannot_be_written()
    {
        var act = () => AuditCloudEventMapper.ToUtf8Json(TopicCreate() with { Time = default });

        act.Should().Throw<ArgumentException>().WithMessage("*no time*");
    }

    [Fact]
    public void A_missing_actor_reads_as_the_unknown_system_actor()
    {
        var read = AuditCloudEventMapper.FromJson(Mapped(data => data.Remove("actor")));

        read.Actor.Should().Be(AuditCloudEventMapper.UnknownActor);
        read.Actor.Should().Be(AuditActor.System("unknown"));
    }

    [Fact]
    public void A_missing_outcome_reads_as_success()
    {
        var read = AuditCloudEventMapper.FromJson(Mapped(data => data.Remove("outcome")));

        read.Outcome.Should().Be(AuditOutcome.Success);
    }

    [Fact]
    public void Missing_metadata_reads_as_empty()
    {
        var read = AuditCloudEventMapper.FromJson(Mapped(data => data.Remove("metadata")));

        read.Metadata.Should().BeEmpty();
    }

    [Fact]
    public void Unknown_data_members_are_ignored()
    {
        var read = AuditCloudEventMapper.FromJson(Mapped(data => data["somethingNew"] = new JsonObject { ["x"] = 1 }));

        read.ShouldBeSameEventAs(TopicCreate());
    }

    [Fact]
    public void An_unknown_event_type_is_rejected()
    {
        var error = Rejects(Mapped(data => data["eventType"] = "Kafka.Topic.Explode"));

        error.Attribute.Should().Be("data.eventType");
        error.Message.Should().Contain("catalogue").And.NotContain("Explode");
    }

    [Fact]
    public void A_missing_event_type_is_rejected()
    {
        var error = Rejects(Mapped(data => data.Remove("eventType")));

        error.Attribute.Should().Be("data.eventType");
        error.Message.Should().Contain("is required");
    }

    [Fact]
    public void A_cloud_event_type_that_disagrees_with_the_event_type_is_rejected()
    {
        var error = Rejects(Mapped(data => data["eventType"] = "Kafka.Topic.Delete"));

        error.Attribute.Should().Be("type");
        error.Message.Should().Contain("data.eventType");
    }

    [Fact]
    public void A_source_off_the_resource_template_is_rejected()
    {
        var error = Rejects(Mapped(root => root["source"] = "//kafka/kafkacluster/production/subject/orders-value", onData: false));

        error.Attribute.Should().Be("source");
        error.Message.Should().Contain("//kafka/kafkacluster/<cluster>/topic/<name>");
    }

    [Fact]
    public void An_id_that_is_not_a_uuid_is_rejected()
    {
        var error = Rejects(Mapped(root => root["id"] = "A234-1234-1234", onData: false));

        error.Attribute.Should().Be("id");
        error.Message.Should().Contain("UUID");
    }

    [Fact]
    public void A_missing_time_is_rejected()
    {
        var error = Rejects(Mapped(root => root.Remove("time"), onData: false));

        error.Attribute.Should().Be("time");
        error.Message.Should().Contain("is required");
    }

    [Fact]
    public void Missing_data_is_rejected()
    {
        var error = Rejects(Mapped(root => root.Remove("data"), onData: false));

        error.Attribute.Should().Be("data");
        error.Message.Should().Contain("is required");
    }

    [Fact]
    public void Data_that_is_not_an_object_is_rejected()
    {
        var error = Rejects(Mapped(root => root["data"] = "Kafka.Topic.Create", onData: false));

        error.Attribute.Should().Be("data");
        error.Message.Should().Contain("JSON object");
    }

    [Fact]
    public void A_non_json_data_content_type_is_rejected()
    {
        var error = Rejects(Mapped(root => { root["datacontenttype"] = "text/plain"; root["data"] = "x"; }, onData: false));

        error.Attribute.Should().Be("datacontenttype");
    }

    [Fact]
    public void An_actor_that_is_not_an_object_is_rejected()
    {
        var error = Rejects(Mapped(data => data["actor"] = "alice@example.com"));

        error.Attribute.Should().Be("data.actor");
        error.Message.Should().Contain("must be a JSON object, not a string");
    }

    [Fact]
    public void An_unknown_actor_kind_is_rejected()
    {
        var error = Rejects(Mapped(data => data["actor"]!["kind"] = "robot"));

        error.Attribute.Should().Be("data.actor.kind");
        error.Message.Should().Contain("serviceAccount").And.NotContain("robot");
    }

    [Fact]
    public void An_actor_without_an_id_is_rejected()
    {
        var error = Rejects(Mapped(data => data["actor"]!.AsObject().Remove("id")));

        error.Attribute.Should().Be("data.actor.id");
        error.Message.Should().Contain("is required");
    }

    [Fact]
    public void An_unknown_outcome_status_is_rejected()
    {
        var error = Rejects(Mapped(data => data["outcome"]!["status"] = "maybe"));

        error.Attribute.Should().Be("data.outcome.status");
    }

    [Fact]
    public void Metadata_that_is_not_an_object_is_rejected()
    {
        var error = Rejects(Mapped(data => data["metadata"] = new JsonArray()));

        error.Attribute.Should().Be("data.metadata");
        error.Message.Should().Contain("must be a JSON object, not an array");
    }

    [Fact]
    public void A_correlation_id_that_is_not_a_string_is_rejected()
    {
        var error = Rejects(Mapped(data => data["correlationId"] = 42));

        error.Attribute.Should().Be("data.correlationId");
        error.Message.Should().Contain("must be a JSON string, not a number");
    }

    // The topic creation sample, written, then changed in its data object (or at the top level).
    private static string Mapped(Action<JsonObject> change, bool onData = true)
    {
        var root = JsonNode.Parse(AuditCloudEventMapper.ToJson(TopicCreate()))!.AsObject();
        change(onData ? root["data"]!.AsObject() : root);
        return root.ToJsonString();
    }

    private static AuditEventFormatException Rejects(string json)
    {
        var act = () => AuditCloudEventMapper.FromJson(json);
        return act.Should().Throw<AuditEventFormatException>().Which;
    }
}
