using System.Text.Json;
using AuditLog.Tests.Support;

namespace AuditLog.Tests.Pipeline;

public sealed class RedactionTests
{
    [Theory]
    [InlineData("password")]
    [InlineData("clientSecret")]
    [InlineData("api_key")]
    [InlineData("API-Key")]
    [InlineData("accessToken")]
    [InlineData("credentials")]
    [InlineData("sasl.jaas.config")]
    [InlineData("private.key")]
    public async Task Secret_looking_keys_are_redacted_before_any_sink_sees_them(string key)
    {
        var sink = new RecordingSink();
        await using var host = await AuditLogHost.StartAsync(null, null, sink);

        await host.Logger.LogAsync(SampleEvents.TopicCreated().WithMetadata(key, "hunter2"));
        await sink.WaitForAsync(1);

        var stored = sink.Events.Single().Metadata;
        stored.GetString(key).Should().Be("[REDACTED]");
        stored.ToJson().Should().NotContain("hunter2");
    }

    [Fact]
    public async Task Nested_secrets_are_redacted_and_other_values_kept()
    {
        var sink = new RecordingSink();
        await using var host = await AuditLogHost.StartAsync(null, null, sink);
        var config = JsonSerializer.SerializeToElement(new Dictionary<string, object>
        {
            ["bootstrap.servers"] = "kafka:9092",
            ["nested"] = new Dictionary<string, object> { ["sasl.jaas.config"] = "password=hunter2" },
            ["list"] = new object[] { new Dictionary<string, string> { ["token"] = "hunter2" } },
        });

        var recorded = await host.Logger.LogAsync(SampleEvents.TopicCreated().WithMetadata("connection", config));

        var json = recorded.Metadata.ToJson();
        json.Should().NotContain("hunter2").And.Contain("kafka:9092");
        recorded.Metadata["connection"].GetProperty("nested").GetProperty("sasl.jaas.config").GetString().Should().Be("[REDACTED]");
    }

    [Fact]
    public async Task Ordinary_keys_are_left_alone()
    {
        var sink = new RecordingSink();
        await using var host = await AuditLogHost.StartAsync(null, null, sink);

        var recorded = await host.Logger.LogAsync(SampleEvents.TopicCreated().WithMetadata("partitions", 6));

        recorded.Metadata.GetString("name").Should().Be("website-orders");
        recorded.Metadata["partitions"].GetInt32().Should().Be(6);
    }

    [Fact]
    public async Task The_redacted_keys_are_configurable()
    {
        var sink = new RecordingSink();
        await using var host = await AuditLogHost.StartAsync(o => o.RedactedKeys.Add("ssn"), null, sink);

        var recorded = await host.Logger.LogAsync(SampleEvents.TopicCreated().WithMetadata("customer_ssn", "123-45-6789"));

        recorded.Metadata.GetString("customer_ssn").Should().Be("[REDACTED]");
    }
}
