using AuditLog.CloudEvents;
using AuditLog.Pipeline;
using AuditLog.Resources;

namespace AuditLog.Tests.Catalogue;

/// <summary>The factories of the exportable events that need more than their resource to be understood.</summary>
public sealed class TypedFactoryTests
{
    private static readonly AuditActor Actor = AuditActor.User("admin@example.com", "Admin");
    private static readonly KafkaTopic Topic = new("production", "website-orders");
    private static readonly KafkaConsumerGroup Group = new("production", "billing");
    private static readonly AuditEventValidator Validator = new(maxMetadataBytes: 64 * 1024);

    [Fact]
    public void CompatibilityChanged_records_the_subjects_new_level()
    {
        var audit = AuditEvents.Kafka.Subject.CompatibilityChanged(new KafkaSubject("production", "website-orders-value"), "FULL_TRANSITIVE", Actor);

        audit.Type.Should().BeSameAs(AuditEvents.Kafka.Subject.ChangeCompatibility);
        audit.Metadata.GetString("compatibility").Should().Be("FULL_TRANSITIVE");
    }

    [Fact]
    public void Registry_CompatibilityChanged_records_the_registrys_new_global_level()
    {
        var audit = AuditEvents.Admin.SchemaRegistry.CompatibilityChanged(new AdminSchemaRegistry("production"), "BACKWARD", Actor);

        audit.Type.Should().BeSameAs(AuditEvents.Admin.SchemaRegistry.ChangeCompatibility);
        audit.Resource.Address.Should().Be("//admin/kafkacluster/production/schemaregistry");
        audit.Metadata.GetString("compatibility").Should().Be("BACKWARD");
    }

    [Fact]
    public void RecordProduced_records_the_partition_and_offset_of_the_record()
    {
        var audit = AuditEvents.Kafka.Topic.RecordProduced(Topic, 3, 1_234_567_890_123, Actor);

        audit.Type.Should().BeSameAs(AuditEvents.Kafka.Topic.ProduceRecord);
        audit.Metadata.ToJson().Should().Be("""{"name":"website-orders","cluster":"production","partition":3,"offset":1234567890123}""");
    }

    [Fact]
    public void Queried_records_the_query_text()
    {
        const string query = "SELECT * FROM \"website-orders\" WHERE amount > 100";

        var audit = AuditEvents.Kafka.Topic.Queried(Topic, query, Actor);

        audit.Type.Should().BeSameAs(AuditEvents.Kafka.Topic.SqlQuery);
        audit.Metadata.GetString("query").Should().Be(query);
    }

    [Fact]
    public void TaskRestarted_records_the_task()
    {
        var audit = AuditEvents.Kafka.Connector.TaskRestarted(new KafkaConnector("production", "connect-main", "orders-sink"), 2, Actor);

        audit.Type.Should().BeSameAs(AuditEvents.Kafka.Connector.TaskRestart);
        audit.Metadata.ToJson().Should().Contain("\"taskId\":2");
    }

    [Fact]
    public void Duplicated_records_the_name_of_the_copy()
    {
        var audit = AuditEvents.Kafka.ConsumerGroup.Duplicated(Group, "billing-replay", Actor);

        audit.Type.Should().BeSameAs(AuditEvents.Kafka.ConsumerGroup.Duplicate);
        audit.Resource.Address.Should().Be("//kafka/kafkacluster/production/consumergroup/billing");
        audit.Metadata.GetString("duplicateName").Should().Be("billing-replay");
    }

    [Fact]
    public void OffsetsReset_records_the_offset_each_partition_was_moved_to()
    {
        var audit = AuditEvents.Kafka.ConsumerGroup.OffsetsReset(Group, [new("website-orders", 0, 42), new("website-orders", 1, 0)], Actor);

        audit.Type.Should().BeSameAs(AuditEvents.Kafka.ConsumerGroup.Update);
        audit.Metadata.ToJson().Should().Be(
            """{"name":"billing","cluster":"production","offsets":[{"topic":"website-orders","partition":0,"offset":42},{"topic":"website-orders","partition":1,"offset":0}]}""");
    }

    [Fact]
    public void OffsetsReset_rejects_a_missing_offset()
    {
        var act = () => AuditEvents.Kafka.ConsumerGroup.OffsetsReset(Group, [null!], Actor);

        act.Should().Throw<ArgumentNullException>().WithParameterName("offsets");
    }

    [Fact]
    public void OffsetsReset_rejects_a_reset_that_moved_nothing()
    {
        var act = () => AuditEvents.Kafka.ConsumerGroup.OffsetsReset(Group, [], Actor);

        act.Should().Throw<ArgumentException>().WithParameterName("offsets");
    }

    [Fact]
    public void OffsetsReset_rejects_an_offset_without_its_topic()
    {
        var act = () => AuditEvents.Kafka.ConsumerGroup.OffsetsReset(Group, [new(string.Empty, 0, 42)], Actor);

        act.Should().Throw<ArgumentException>().WithParameterName("offsets");
    }

    public static TheoryData<string> EventsCreatedByTypedFactories => new(Created.Select(e => e.Type.Name));

    [Theory]
    [MemberData(nameof(EventsCreatedByTypedFactories))]
    public void Typed_factory_gives_a_valid_event_with_the_required_metadata(string name)
    {
        var audit = Created.Single(e => e.Type.Name == name);

        var act = () => Validator.Validate(audit);

        act.Should().NotThrow();
    }

    [Theory]
    [MemberData(nameof(EventsCreatedByTypedFactories))]
    public void Event_without_its_required_metadata_is_refused(string name)
    {
        var type = AuditCatalogue.Find(name)!;
        var bare = SampleResources.Create(type, SampleResources.For(type)!, Actor);

        var act = () => Validator.Validate(bare);

        act.Should().Throw<AuditValidationException>().Which.Field.Should().Be($"metadata.{type.RequiredMetadata[0]}");
    }

    [Theory]
    [MemberData(nameof(EventsCreatedByTypedFactories))]
    public void Typed_factory_event_keeps_its_metadata_through_the_CloudEvents_format(string name)
    {
        var audit = Created.Single(e => e.Type.Name == name) with { Id = Guid.Parse("ad85122c-0041-421e-b04b-6bc2ec901e08"), Time = new DateTimeOffset(2024, 10, 10, 7, 52, 7, TimeSpan.Zero) };

        var read = AuditCloudEventMapper.FromJson(AuditCloudEventMapper.ToJson(audit));

        read.Type.Should().BeSameAs(audit.Type);
        read.Resource.Should().Be(audit.Resource);
        read.Metadata.ToJson().Should().Be(audit.Metadata.ToJson());
    }

    [Fact]
    public void Every_exportable_event_with_required_metadata_has_a_typed_factory()
    {
        Created.Select(e => e.Type.Name).Should().BeEquivalentTo(DocumentedEvents.ExportableRequiredMetadata.Select(e => e.Name));
    }

    // One event per typed factory of the exportable family, so each is checked against the validator.
    private static AuditEvent[] Created =>
    [
        AuditEvents.Kafka.Subject.CompatibilityChanged(new KafkaSubject("production", "website-orders-value"), "FULL", Actor),
        AuditEvents.Kafka.Topic.RecordProduced(Topic, 0, 17, Actor),
        AuditEvents.Kafka.Topic.Queried(Topic, "SELECT 1", Actor),
        AuditEvents.Kafka.Connector.TaskRestarted(new KafkaConnector("production", "connect-main", "orders-sink"), 0, Actor),
        AuditEvents.Kafka.ConsumerGroup.Duplicated(Group, "billing-copy", Actor),
        AuditEvents.Kafka.ConsumerGroup.OffsetsReset(Group, [new("website-orders", 0, 42)], Actor),
        AuditEvents.Admin.SchemaRegistry.CompatibilityChanged(new AdminSchemaRegistry("production"), "FULL", Actor),
    ];
}
