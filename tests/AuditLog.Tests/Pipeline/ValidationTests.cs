using System.Text.Json;
using AuditLog.Resources;
using AuditLog.Tests.Support;

namespace AuditLog.Tests.Pipeline;

public sealed class ValidationTests : IAsyncLifetime
{
    private readonly RecordingSink sink = new();
    private AuditLogHost host = null!;

    public async Task InitializeAsync() => host = await AuditLogHost.StartAsync(o => o.MaxMetadataBytes = 256, null, sink);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task A_missing_actor_is_rejected_naming_the_actor()
    {
        var auditEvent = SampleEvents.TopicCreated() with { Actor = null! };

        var act = () => host.Logger.LogAsync(auditEvent);

        (await act.Should().ThrowAsync<AuditValidationException>()).Which.Field.Should().Be("actor");
    }

    [Fact]
    public async Task A_resource_of_another_type_is_rejected()
    {
        var subject = AuditEvents.Kafka.Subject.Create.For(new KafkaSubject("production", "orders-value"), SampleEvents.Alice);
        var auditEvent = SampleEvents.TopicCreated() with { Resource = subject.Resource };

        var act = () => host.Logger.LogAsync(auditEvent);

        var error = (await act.Should().ThrowAsync<AuditValidationException>()).Which;
        error.Field.Should().Be("resource.type");
        error.Message.Should().Contain("Topic").And.Contain("Kafka.Topic.Create");
    }

    [Fact]
    public async Task Metadata_over_the_configured_size_is_rejected()
    {
        var auditEvent = SampleEvents.TopicCreated().WithMetadata("description", new string('x', 300));

        var act = () => host.Logger.LogAsync(auditEvent);

        var error = (await act.Should().ThrowAsync<AuditValidationException>()).Which;
        error.Field.Should().Be("metadata");
        error.Rule.Should().Contain("256 bytes");
    }

    [Fact]
    public async Task Control_characters_in_the_actor_id_are_rejected_without_echoing_the_value()
    {
        var auditEvent = SampleEvents.TopicCreated() with { Actor = AuditActor.User("mallory\n@example.com") };

        var act = () => host.Logger.LogAsync(auditEvent);

        var error = (await act.Should().ThrowAsync<AuditValidationException>()).Which;
        error.Field.Should().Be("actor.id");
        error.Rule.Should().Contain("control characters");
        error.Message.Should().NotContain("mallory");
    }

    [Fact]
    public void Control_characters_in_an_address_part_are_rejected_when_the_event_is_made()
    {
        var act = () => AuditEvents.Kafka.Topic.Create.For(new KafkaTopic("production", "orders\u0007"), SampleEvents.Alice);

        act.Should().Throw<AuditValidationException>().Which.Field.Should().Be("resource.name");
    }

    [Fact]
    public async Task A_missing_required_metadata_key_is_rejected()
    {
        var auditEvent = AuditEvents.Legacy.Application.AccessRequestApproved.For(new CrnApplication("billing"), SampleEvents.Alice);

        var act = () => host.Logger.LogAsync(auditEvent);

        (await act.Should().ThrowAsync<AuditValidationException>()).Which.Field.Should().Be("metadata.from");
    }

    [Fact]
    public async Task An_invalid_client_ip_address_is_rejected()
    {
        var auditEvent = SampleEvents.TopicCreated() with { Client = new AuditClient("300.1.1.1") };

        var act = () => host.Logger.LogAsync(auditEvent);

        (await act.Should().ThrowAsync<AuditValidationException>()).Which.Field.Should().Be("client.ipAddress");
    }

    [Fact]
    public async Task An_empty_actor_id_is_rejected()
    {
        var auditEvent = SampleEvents.TopicCreated() with { Actor = AuditActor.ServiceAccount(" ") };

        var act = () => host.Logger.LogAsync(auditEvent);

        (await act.Should().ThrowAsync<AuditValidationException>()).Which.Field.Should().Be("actor.id");
    }

    [Fact]
    public async Task A_rejected_event_never_reaches_a_sink_and_does_not_disturb_accepted_ones()
    {
        var accepted = await host.Logger.LogAsync(SampleEvents.TopicCreated("first"));
        var rejected = () => host.Logger.LogAsync(SampleEvents.TopicCreated("second") with { Actor = null! });
        await rejected.Should().ThrowAsync<AuditValidationException>();
        var acceptedAfter = await host.Logger.LogAsync(SampleEvents.TopicCreated("third"));

        await sink.WaitForAsync(2);
        await Task.Delay(50);

        sink.Events.Select(e => e.Id).Should().Equal(accepted.Id, acceptedAfter.Id);
    }

    [Fact]
    public async Task A_valid_event_with_client_and_metadata_is_accepted()
    {
        var auditEvent = SampleEvents.TopicCreated()
            .WithMetadata("partitions", 3)
            .WithMetadata("tags", ["pii", "orders"])
            .WithMetadata("config", JsonSerializer.SerializeToElement(new { retention = "7d" })) with
        {
            Client = new AuditClient("2001:db8::1", "console/1.0"),
        };

        var recorded = await host.Logger.LogAsync(auditEvent);

        recorded.Metadata.Should().ContainKeys("name", "cluster", "partitions", "tags", "config");
    }
}
