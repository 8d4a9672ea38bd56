using System.Text.Json;
using AuditLog.CloudEvents;
using AuditLog.Tests.Support;

namespace AuditLog.Tests.Pipeline;

/// <summary>One nesting limit, enforced at <c>LogAsync</c>, that every reader of a stored event accepts.</summary>
public sealed class MetadataDepthTests : IAsyncLifetime
{
    private readonly RecordingSink sink = new();
    private AuditLogHost host = null!;

    public async Task InitializeAsync() => host = await AuditLogHost.StartAsync(null, null, sink);

    public async Task DisposeAsync() => await host.DisposeAsync();

    /// <summary>A value of <paramref name="levels"/> arrays nested in each other around a string.</summary>
    internal static JsonElement Nested(int levels)
    {
        var json = new string('[', levels) + "\"core\"" + new string(']', levels);
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = levels + 1 });
        return document.RootElement.Clone();
    }

    [Fact]
    public async Task Metadata_at_the_limit_is_accepted_and_reads_back_from_its_cloudevent()
    {
        var recorded = await host.Logger.LogAsync(SampleEvents.TopicCreated().WithMetadata("deep", Nested(AuditMetadata.MaxDepth)));

        var readBack = AuditCloudEventMapper.FromJson(AuditCloudEventMapper.ToUtf8Json(recorded));

        readBack.Metadata["deep"].GetRawText().Should().Be(recorded.Metadata["deep"].GetRawText());
    }

    [Theory]
    [InlineData(AuditMetadata.MaxDepth + 1)]
    [InlineData(1000)]
    public async Task Metadata_past_the_limit_is_refused_naming_the_key_and_the_limit(int levels)
    {
        var act = () => host.Logger.LogAsync(SampleEvents.TopicCreated().WithMetadata("deep", Nested(levels)));

        var error = (await act.Should().ThrowAsync<AuditValidationException>()).Which;
        error.Field.Should().Be("metadata.deep");
        error.Rule.Should().Contain($"{AuditMetadata.MaxDepth} levels");
        sink.Events.Should().BeEmpty();
    }
}
