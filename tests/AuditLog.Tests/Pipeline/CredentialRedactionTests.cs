using System.Text.Json;
using AuditLog.Tests.Support;

namespace AuditLog.Tests.Pipeline;

/// <summary>Secrets found in clear in stored payloads by an attacker's review, each masked by default.</summary>
public sealed class CredentialRedactionTests : IAsyncLifetime
{
    private const string Secret = "hunter2";
    private readonly RecordingSink sink = new();
    private AuditLogHost host = null!;

    public async Task InitializeAsync() => host = await AuditLogHost.StartAsync(null, null, sink);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Theory]
    [InlineData("Authorization")]
    [InlineData("Proxy-Authorization")]
    [InlineData("Cookie")]
    [InlineData("Set-Cookie")]
    [InlineData("pwd")]
    [InlineData("DB_PWD")]
    [InlineData("pa\u200Bssword")] // zero-width space
    [InlineData("pa\u00ADssword")] // soft hyphen
    [InlineData("p\u0430ssword")] // Cyrillic a
    [InlineData("\u0421ookie")] // Cyrillic Es
    [InlineData("ＰＡＳＳＷＯＲＤ")] // fullwidth
    [InlineData("api\u2011key")] // non-breaking hyphen
    public async Task Header_like_and_disguised_secret_keys_are_redacted(string key)
    {
        var recorded = await host.Logger.LogAsync(SampleEvents.TopicCreated().WithMetadata(key, $"Bearer {Secret}"));

        recorded.Metadata.GetString(key).Should().Be("[REDACTED]");
        recorded.Metadata.ToJson().Should().NotContain(Secret);
    }

    [Theory]
    [InlineData("postgresql://user:hunter2@db.internal:5432/audit", "postgresql://user:[REDACTED]@db.internal:5432/audit")]
    [InlineData("https://admin:hunter2@registry.example.com/subjects", "https://admin:[REDACTED]@registry.example.com/subjects")]
    [InlineData("jdbc:postgresql://db/orders?user=app&password=hunter2&ssl=true", "jdbc:postgresql://db/orders?user=app&password=[REDACTED]&ssl=true")]
    [InlineData("Host=db;Username=app;Password=hunter2;Database=audit", "Host=db;Username=app;Password=[REDACTED];Database=audit")]
    [InlineData("org.apache.kafka.common.security.plain.PlainLoginModule required username=\"app\" password=\"hunter2\";", "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"app\" password=[REDACTED];")]
    [InlineData("GET /topics HTTP/1.1\nAuthorization: Bearer hunter2\nAccept: */*", "GET /topics HTTP/1.1\nAuthorization: [REDACTED]\nAccept: */*")]
    public async Task Credentials_inside_ordinary_values_are_masked_and_the_rest_kept(string value, string expected)
    {
        var recorded = await host.Logger.LogAsync(SampleEvents.TopicCreated().WithMetadata("connection.url", value));

        recorded.Metadata.GetString("connection.url").Should().Be(expected);
    }

    [Fact]
    public async Task Credentials_inside_nested_values_and_lists_are_masked()
    {
        var config = JsonSerializer.SerializeToElement(new { urls = new[] { "postgresql://u:hunter2@h/db" }, nested = new { dsn = "user=a password=hunter2" } });

        var recorded = await host.Logger.LogAsync(SampleEvents.TopicCreated().WithMetadata("config", config));

        recorded.Metadata.ToJson().Should().NotContain(Secret).And.Contain("postgresql://u:[REDACTED]@h/db");
    }

    [Fact]
    public async Task Credentials_inside_the_outcome_message_are_masked()
    {
        var auditEvent = SampleEvents.TopicCreated() with { Outcome = AuditOutcome.Failure("could not connect to postgresql://app:hunter2@db/audit") };

        var recorded = await host.Logger.LogAsync(auditEvent);

        recorded.Outcome.Message.Should().Be("could not connect to postgresql://app:[REDACTED]@db/audit");
    }

    [Theory]
    [InlineData("author", "Ada Lovelace")]
    [InlineData("cleanup.policy", "compact,delete")]
    [InlineData("url", "https://registry.example.com/subjects?page=2")]
    [InlineData("filter", "retention.ms=604800000")]
    public async Task Ordinary_keys_and_values_are_left_alone(string key, string value)
    {
        var recorded = await host.Logger.LogAsync(SampleEvents.TopicCreated().WithMetadata(key, value));

        recorded.Metadata.GetString(key).Should().Be(value);
    }

    [Fact]
    public async Task Flags_under_secret_looking_keys_keep_their_meaning()
    {
        var nested = JsonSerializer.SerializeToElement(new { tokenExpired = true, password = (string?)null });

        var recorded = await host.Logger.LogAsync(SampleEvents.TopicCreated()
            .WithMetadata("superUserAuthorization", false)
            .WithMetadata("flags", nested));

        recorded.Metadata["superUserAuthorization"].GetBoolean().Should().BeFalse();
        recorded.Metadata["flags"].GetRawText().Should().Be("{\"tokenExpired\":true,\"password\":null}");
    }

    [Fact]
    public async Task Confluents_authorization_structures_are_checked_member_by_member_not_masked_whole()
    {
        var authorization = JsonSerializer.SerializeToElement(new
        {
            granted = false,
            operation = "Create",
            aclAuthorization = new { permissionType = "DENY", host = "*" },
            rbacAuthorization = new { role = "DeveloperWrite" },
            password = "hunter2",
        });

        var recorded = await host.Logger.LogAsync(SampleEvents.TopicCreated()
            .WithMetadata("authorizationInfo", authorization)
            .WithMetadata("rbacAuthorization", "Bearer abc.def"));

        recorded.Metadata["authorizationInfo"].GetRawText().Should().Be(
            "{\"granted\":false,\"operation\":\"Create\",\"aclAuthorization\":{\"permissionType\":\"DENY\",\"host\":\"*\"},\"rbacAuthorization\":{\"role\":\"DeveloperWrite\"},\"password\":\"[REDACTED]\"}");
        recorded.Metadata.GetString("rbacAuthorization").Should().Be("[REDACTED]", "only an object under such a key is read member by member");
    }

    [Fact]
    public async Task A_numeric_value_under_a_secret_key_is_redacted()
    {
        var recorded = await host.Logger.LogAsync(SampleEvents.TopicCreated().WithMetadata("pin_password", 123456));

        recorded.Metadata.GetString("pin_password").Should().Be("[REDACTED]");
    }

    [Fact]
    public async Task Removing_a_word_from_the_list_stops_redacting_it()
    {
        await using var custom = await AuditLogHost.StartAsync(o => o.RedactedKeys.Remove("cookie"), null, new RecordingSink());

        var recorded = await custom.Logger.LogAsync(SampleEvents.TopicCreated().WithMetadata("cookie", "flavour=chocolate"));

        recorded.Metadata.GetString("cookie").Should().Be("flavour=chocolate");
    }
}
