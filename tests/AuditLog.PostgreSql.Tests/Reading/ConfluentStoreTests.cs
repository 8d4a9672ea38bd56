using System.Text;
using System.Text.Json;
using AuditLog.CloudEvents;
using AuditLog.PostgreSql.Tests.Support;
using AuditLog.Resources;
using AuditLog.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace AuditLog.PostgreSql.Tests.Reading;

/// <summary>Confluent's records go through LogAsync into PostgreSQL and come back filtered, searched and exported.</summary>
[Collection(PostgreSqlCollection.Name)]
public sealed class ConfluentStoreTests(PostgreSqlFixture postgres)
{
    private static readonly AuditEvent Authentication = ConfluentExamples.ConceptsAuthentication();

    private static readonly AuditEvent Granted = ConfluentExamples.RecordsAuthorization();

    private static readonly AuditEvent DeniedDryRun = AuditEvents.Confluent.Kafka.Authorization.Record(new ConfluentRecord(
        "crn://confluent.cloud/kafka=lkc-6k8r8q",
        "kafka.CreateTopics",
        ConfluentResource.Of(("kafka", "lkc-6k8r8q"), ("topic", "orders")),
        new ConfluentAuthenticationInfo("User:sa-1a2b3c") { PrincipalResourceId = "sa-1a2b3c" })
    {
        AuthorizationInfo = new ConfluentAuthorizationInfo(false, "Create", "Topic", "orders") { DryRun = true, AclAuthorization = new("DENY", "*") },
        RequestMetadata = new ConfluentRequestMetadata { ClientAddress = "192.0.2.10", ConnectionId = "conn-7", ClientId = "adminclient-7" },
        Result = new ConfluentResult("PERMISSION_DENIED") { Message = "no ACL allows Create" },
    });

    private static readonly AuditEvent ConduktorShaped =
        AuditEvents.Kafka.Topic.Create.For(new KafkaTopic("production", "website-orders"), AuditActor.User("alice@example.com"));

    [Fact]
    public async Task Every_record_is_stored_and_read_back_equal_in_meaning()
    {
        var (store, logged, services) = await LogAsync();
        await using var _ = services;

        foreach (var original in logged)
        {
            var stored = await store.GetAsync(original.Id);

            stored.Should().NotBeNull();
            ShouldMean(stored!, original);
        }
    }

    [Fact]
    public async Task The_actor_filter_is_the_principal()
    {
        var (store, logged, services) = await LogAsync();
        await using var _ = services;

        var found = await QueryAsync(store, new AuditQuery { Actor = "User:306343" });

        found.Select(e => e.Id).Should().Equal(logged[0].Id);
        found[0].Metadata.GetString("methodName").Should().Be("kafka.Authentication");
    }

    [Fact]
    public async Task The_resource_filter_is_a_CRN_prefix()
    {
        var (store, logged, services) = await LogAsync();
        await using var _ = services;

        var cluster = await QueryAsync(store, new AuditQuery { ResourcePrefix = "crn://confluent.cloud/kafka=lkc-6k8r8q" });
        var topic = await QueryAsync(store, new AuditQuery { ResourcePrefix = "crn://confluent.cloud/kafka=lkc-a1b2c/topic=" });

        cluster.Select(e => e.Id).Should().BeEquivalentTo([logged[0].Id, logged[2].Id]);
        topic.Select(e => e.Id).Should().Equal(logged[1].Id);
    }

    [Fact]
    public async Task The_outcome_filter_follows_granted_and_result_status()
    {
        var (store, logged, services) = await LogAsync();
        await using var _ = services;

        var denied = await QueryAsync(store, new AuditQuery { Outcome = OutcomeStatus.Denied });
        var succeeded = await QueryAsync(store, new AuditQuery { Outcome = OutcomeStatus.Success, Families = [AuditEventFamily.Confluent] });

        denied.Select(e => e.Id).Should().Equal(logged[2].Id);
        denied[0].Outcome.Should().Be(AuditOutcome.Denied("no ACL allows Create"));
        succeeded.Select(e => e.Id).Should().BeEquivalentTo([logged[0].Id, logged[1].Id]);
    }

    [Fact]
    public async Task The_type_and_family_filters_take_Confluents_event_types()
    {
        var (store, logged, services) = await LogAsync();
        await using var _ = services;

        var authorizations = await QueryAsync(store, new AuditQuery { EventTypes = ["io.confluent.kafka.server/authorization"] });
        var confluent = await QueryAsync(store, new AuditQuery { Families = [AuditEventFamily.Confluent] });

        authorizations.Select(e => e.Id).Should().BeEquivalentTo([logged[1].Id, logged[2].Id]);
        confluent.Should().HaveCount(3).And.NotContain(e => e.Id == logged[3].Id);
    }

    [Fact]
    public async Task Free_text_search_finds_the_principal()
    {
        var (store, logged, services) = await LogAsync();
        await using var _ = services;

        var principal = await QueryAsync(store, new AuditQuery { Text = "306343" });
        var serviceAccount = await QueryAsync(store, new AuditQuery { Text = "sa-1a2b3c" });

        principal.Select(e => e.Id).Should().Equal(logged[0].Id);
        serviceAccount.Select(e => e.Id).Should().Equal(logged[2].Id);
    }

    [Fact]
    public async Task Free_text_search_reaches_the_fields_of_Confluents_record()
    {
        var (store, logged, services) = await LogAsync();
        await using var _ = services;

        var operation = await QueryAsync(store, new AuditQuery { Text = "DescribeConfigs" });
        var method = await QueryAsync(store, new AuditQuery { Text = "kafka.CreateTopics" });
        var mechanism = await QueryAsync(store, new AuditQuery { Text = "MAIDSRFG53RXYTKR" });

        operation.Select(e => e.Id).Should().Equal(logged[1].Id);
        method.Select(e => e.Id).Should().BeEquivalentTo([logged[1].Id, logged[2].Id]);
        mechanism.Select(e => e.Id).Should().Equal(logged[0].Id);
    }

    [Fact]
    public async Task Json_export_writes_the_records_in_Confluents_schema_and_they_read_back_equal()
    {
        var (store, logged, services) = await LogAsync();
        await using var _ = services;
        using var output = new MemoryStream();

        var count = await store.ExportAsync(new AuditQuery { Families = [AuditEventFamily.Confluent] }, AuditExportFormat.Json, output);

        var lines = Encoding.UTF8.GetString(output.ToArray()).Split('\n')[..^1];
        count.Should().Be(3);
        lines.Should().Equal(logged.Take(3).Reverse().Select(AuditCloudEventMapper.ToJson), "the export is the stored payload, byte for byte");
        using var authentication = JsonDocument.Parse(lines[^1]);
        authentication.RootElement.GetProperty("type").GetString().Should().Be("io.confluent.kafka.server/authentication");
        authentication.RootElement.GetProperty("subject").GetString().Should().Be("crn://confluent.cloud/kafka=lkc-6k8r8q");
        authentication.RootElement.GetProperty("data").GetProperty("authenticationInfo").GetProperty("metadata").GetProperty("identifier").GetString().Should().Be("MAIDSRFG53RXYTKR");
        for (var i = 0; i < 3; i++)
        {
            ShouldMean(AuditCloudEventMapper.FromJson(lines[i]), logged[2 - i]);
        }
    }

    private static void ShouldMean(AuditEvent actual, AuditEvent expected)
    {
        actual.Should().BeEquivalentTo(expected, o => o.Excluding(e => e.Metadata));
        actual.Metadata.ToJson().Should().Be(expected.Metadata.ToJson());
    }

    private static async Task<List<AuditEvent>> QueryAsync(PostgreSqlAuditStore store, AuditQuery query)
    {
        var events = new List<AuditEvent>();
        await foreach (var auditEvent in store.QueryAsync(query))
        {
            events.Add(auditEvent);
        }

        return events;
    }

    private async Task<(PostgreSqlAuditStore Store, AuditEvent[] Logged, AuditLogServices Services)> LogAsync()
    {
        var services = await AuditLogServices.StartAsync(await postgres.NewDatabaseAsync());
        var logged = new List<AuditEvent>();
        foreach (var auditEvent in new[] { Authentication, Granted, DeniedDryRun, ConduktorShaped })
        {
            logged.Add(await services.Logger.LogAsync(auditEvent));
        }

        return (services.Services.GetRequiredService<PostgreSqlAuditStore>(), [.. logged], services);
    }
}
