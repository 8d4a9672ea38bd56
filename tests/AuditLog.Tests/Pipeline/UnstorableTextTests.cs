using System.Text.Json;
using AuditLog.Resources;
using AuditLog.Tests.Support;

namespace AuditLog.Tests.Pipeline;

/// <summary>Text PostgreSQL or a UTF-8 encoder would refuse (or silently alter) is refused at the door.</summary>
public sealed class UnstorableTextTests : IAsyncLifetime
{
    private const string LoneHigh = "a\uD800b";
    private const string LoneLow = "a\uDC00b";
    private readonly RecordingSink sink = new();
    private AuditLogHost host = null!;

    public async Task InitializeAsync() => host = await AuditLogHost.StartAsync(null, null, sink);

    public async Task DisposeAsync() => await host.DisposeAsync();

    public static TheoryData<string, Func<AuditEvent, AuditEvent>, string> UnstorableFields => new()
    {
        { "outcome.message", e => e with { Outcome = AuditOutcome.Failure("broken\0message") }, "NUL" },
        { "outcome.message", e => e with { Outcome = AuditOutcome.Denied(LoneHigh) }, "surrogates" },
        { "actor.id", e => e with { Actor = AuditActor.User(LoneHigh) }, "surrogates" },
        { "actor.displayName", e => e with { Actor = AuditActor.User("alice@example.com", LoneLow) }, "surrogates" },
        { "correlationId", e => e with { CorrelationId = LoneHigh }, "surrogates" },
        { "client.userAgent", e => e with { Client = new AuditClient(null, LoneHigh) }, "surrogates" },
        { "metadata.note", e => e.WithMetadata("note", "nul\0inside"), "NUL" },
        { "metadata.nested", e => e.WithMetadata("nested", JsonSerializer.SerializeToElement(new { deep = new[] { "x\0y" } })), "NUL" },
        { "metadata.parsed", e => e.WithMetadata("parsed", JsonDocument.Parse("{\"k\":\"x\\ud800y\"}").RootElement.Clone()), "surrogates" },
        { "metadata", e => e.WithMetadata(LoneHigh, "value"), "surrogates" },
    };

    [Theory]
    [MemberData(nameof(UnstorableFields))]
    public async Task Unstorable_text_is_refused_naming_the_field_and_the_rule(string field, Func<AuditEvent, AuditEvent> spoil, string rule)
    {
        var act = () => host.Logger.LogAsync(spoil(SampleEvents.TopicCreated()));

        var error = (await act.Should().ThrowAsync<AuditValidationException>()).Which;
        error.Field.Should().Be(field);
        error.Rule.Should().Contain(rule);
        sink.Events.Should().BeEmpty();
    }

    [Fact]
    public void A_lone_surrogate_in_a_metadata_string_is_refused_before_encoding_replaces_it()
    {
        var act = () => SampleEvents.TopicCreated().WithMetadata("note", LoneHigh);

        act.Should().Throw<AuditValidationException>().Which.Field.Should().Be("metadata.note");
    }

    [Fact]
    public void A_lone_surrogate_in_a_list_of_metadata_strings_is_refused()
    {
        var act = () => SampleEvents.TopicCreated().WithMetadata("tags", ["ok", LoneLow]);

        act.Should().Throw<AuditValidationException>().Which.Rule.Should().Contain("surrogates");
    }

    [Fact]
    public void A_lone_surrogate_in_a_topic_name_is_refused_when_the_event_is_built()
    {
        var act = () => AuditEvents.Kafka.Topic.Create.For(new KafkaTopic("production", LoneHigh), SampleEvents.Alice);

        var error = act.Should().Throw<AuditValidationException>().Which;
        error.Field.Should().Be("resource.name");
        error.Rule.Should().Contain("surrogates");
    }

    [Fact]
    public async Task Paired_surrogates_and_other_unicode_are_accepted_unchanged()
    {
        const string text = "emoji \U0001F600, accents é, CJK 漢字, RTL עברית";

        var recorded = await host.Logger.LogAsync(SampleEvents.TopicCreated().WithMetadata("note", text) with { Outcome = AuditOutcome.Failure(text) });

        recorded.Metadata.GetString("note").Should().Be(text);
        recorded.Outcome.Message.Should().Be(text);
    }
}
