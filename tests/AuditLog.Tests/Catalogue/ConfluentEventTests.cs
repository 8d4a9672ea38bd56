using System.Text.Json;
using AuditLog.CloudEvents;
using AuditLog.Resources;
using AuditLog.TestSupport;

namespace AuditLog.Tests.Catalogue;

/// <summary>Confluent's documented records, made by the typed factories and read back.</summary>
public sealed class ConfluentEventTests
{
    private static readonly Guid Id = Guid.Parse("fc0f727d-899a-4a22-ad8b-a866871a9d37");
    private static readonly DateTimeOffset Time = new(2021, 1, 1, 12, 34, 56, 789, TimeSpan.Zero);

    internal static AuditEvent ConceptsAuthentication() => ConfluentExamples.ConceptsAuthentication() with { Id = Id, Time = Time };

    internal static AuditEvent RecordsAuthorization() => ConfluentExamples.RecordsAuthorization() with { Id = Id, Time = Time };

    [Fact]
    public void The_concepts_pages_authentication_is_written_in_Confluents_record_schema()
    {
        var json = AuditCloudEventMapper.ToJson(ConceptsAuthentication());

        json.Should().Be(
            """{"specversion":"1.0","id":"fc0f727d-899a-4a22-ad8b-a866871a9d37","source":"crn://confluent.cloud/kafka=lkc-6k8r8q","type":"io.confluent.kafka.server/authentication","time":"2021-01-01T12:34:56.789000Z","datacontenttype":"application/json","subject":"crn://confluent.cloud/kafka=lkc-6k8r8q",""" +
            "\"data\":" + """{"serviceName":"crn://confluent.cloud/kafka=lkc-6k8r8q","methodName":"kafka.Authentication","resourceName":"crn://confluent.cloud/kafka=lkc-6k8r8q","authenticationInfo":{"principal":"User:306343","metadata":{"mechanism":"SASL_SSL/PLAIN","identifier":"MAIDSRFG53RXYTKR"}},"result":{"status":"SUCCESS","message":""}}}""");
    }

    [Fact]
    public void The_concepts_pages_authentication_has_the_principal_as_actor_the_cluster_as_resource_and_succeeds()
    {
        var audit = ConceptsAuthentication();

        audit.Actor.Should().Be(new AuditActor(ActorKind.User, "User:306343"));
        audit.Resource.Address.Should().Be("crn://confluent.cloud/kafka=lkc-6k8r8q");
        audit.Resource.Type.Should().BeSameAs(ConfluentResource.ResourceType);
        audit.Outcome.Should().Be(AuditOutcome.Success);
        audit.Client.Should().BeNull();
    }

    [Fact]
    public void The_records_pages_authorization_reads_back_equal()
    {
        var original = RecordsAuthorization();

        var read = AuditCloudEventMapper.FromJson(AuditCloudEventMapper.ToUtf8Json(original));

        read.Should().BeEquivalentTo(original, o => o.Excluding(e => e.Metadata));
        read.Metadata.ToJson().Should().Be(original.Metadata.ToJson());
        read.Metadata.ToJson().Should().Be(
            """{"serviceName":"crn://confluent.cloud/kafka=lkc-a1b2c","methodName":"kafka.CreateTopics","resourceName":"crn://confluent.cloud/kafka=lkc-a1b2c/topic=departures","authenticationInfo":{"principal":"User:123456"},"authorizationInfo":{"granted":true,"operation":"DescribeConfigs","resourceType":"Topic","resourceName":"departures","patternType":"LITERAL","superUserAuthorization":true},"request":{"correlationId":"123","clientId":"adminclient-42"}}""");
    }

    [Fact]
    public void A_denied_dry_run_check_is_denied_with_the_result_message()
    {
        var audit = AuditEvents.Confluent.Kafka.Authorization.Record(new ConfluentRecord(
            "crn://confluent.cloud/kafka=lkc-a1b2c",
            "kafka.CreateTopics",
            ConfluentResource.Of(("kafka", "lkc-a1b2c"), ("topic", "orders")),
            new ConfluentAuthenticationInfo("User:sa-1a2b3c") { PrincipalResourceId = "sa-1a2b3c" })
        {
            AuthorizationInfo = new ConfluentAuthorizationInfo(false, "Create", "Topic", "orders") { DryRun = true, AclAuthorization = new("DENY", "*") },
            RequestMetadata = new ConfluentRequestMetadata { ClientAddress = "192.0.2.10", ClientId = "adminclient-7" },
            Result = new ConfluentResult("PERMISSION_DENIED") { Message = "no ACL allows Create" },
        });

        audit.Outcome.Should().Be(AuditOutcome.Denied("no ACL allows Create"));
        audit.Actor.Should().Be(AuditActor.ServiceAccount("User:sa-1a2b3c"));
        audit.Client.Should().Be(new AuditClient("192.0.2.10", "adminclient-7"));
    }

    [Theory]
    [InlineData("SUCCESS", OutcomeStatus.Success)]
    [InlineData("UNAUTHENTICATED", OutcomeStatus.Failure)]
    [InlineData("PERMISSION_DENIED", OutcomeStatus.Denied)]
    public void Without_authorizationInfo_the_outcome_is_the_result_status(string status, OutcomeStatus expected)
    {
        var audit = AuditEvents.Confluent.Kafka.Authentication.Record(new ConfluentRecord(
            "crn://confluent.cloud/kafka=lkc-6k8r8q", "kafka.Authentication", ConfluentResource.Of(("kafka", "lkc-6k8r8q")), new ConfluentAuthenticationInfo("User:306343"))
        {
            Result = new ConfluentResult(status),
        });

        audit.Outcome.Status.Should().Be(expected);
    }

    [Fact]
    public void An_RBAC_check_on_an_organisation_resource_keeps_its_scope()
    {
        var scope = JsonElement.Parse("""{"outerScope":["organization=1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d"],"clusters":{}}""");
        var original = AuditEvents.Confluent.Kafka.Authorization.Record(new ConfluentRecord(
            "crn://confluent.cloud/",
            "mds.Authorize",
            ConfluentResource.Of(("organization", "1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d"), ("environment", "env-1ab2c")),
            new ConfluentAuthenticationInfo("User:u-1abc2d"))
        {
            AuthorizationInfo = new ConfluentAuthorizationInfo(true, "CreateCloudCluster", "Environment", "environment") { PatternType = "LITERAL", RbacAuthorization = new("OrganizationAdmin") { Scope = scope } },
        }) with { Id = Id, Time = Time };

        var json = AuditCloudEventMapper.ToJson(original);
        var read = AuditCloudEventMapper.FromJson(json);

        json.Should().Contain("\"source\":\"crn://confluent.cloud/\"").And.Contain("\"subject\":\"crn://confluent.cloud/organization=1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d/environment=env-1ab2c\"");
        json.Should().Contain("\"rbacAuthorization\":{\"role\":\"OrganizationAdmin\",\"scope\":{\"outerScope\":[\"organization=1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d\"],\"clusters\":{}}}");
        read.Actor.Should().Be(AuditActor.User("User:u-1abc2d"));
        read.Metadata.ToJson().Should().Be(original.Metadata.ToJson());
    }

    [Theory]
    [InlineData("\"source\":\"crn://confluent.cloud/kafka=lkc-6k8r8q\"", "\"source\":\"crn://confluent.cloud/kafka=lkc-other\"", "source")]
    [InlineData(",\"subject\":\"crn://confluent.cloud/kafka=lkc-6k8r8q\"", "", "subject")]
    [InlineData("\"subject\":\"crn://confluent.cloud/kafka=lkc-6k8r8q\"", "\"subject\":\"crn://confluent.cloud/kafka=lkc-other\"", "subject")]
    [InlineData("\"methodName\":\"kafka.Authentication\",", "", "data.methodName")]
    public void Reading_refuses_a_record_whose_envelope_and_data_disagree(string from, string to, string attribute)
    {
        var json = AuditCloudEventMapper.ToJson(ConceptsAuthentication()).Replace(from, to, StringComparison.Ordinal);

        var read = () => AuditCloudEventMapper.FromJson(json);

        read.Should().Throw<AuditEventFormatException>().Which.Attribute.Should().Be(attribute);
    }

    [Theory]
    [InlineData("crn://confluent.cloud/kafka=lkc-6k8r8q/topic=orders", true)]
    [InlineData("crn:///kafka=lkc-a1b2c", true)]
    [InlineData("crn://confluent.cloud/", true)]
    [InlineData("crn://confluent.cloud/kafka", false)]
    [InlineData("crn://confluent.cloud/kafka=lkc a", false)]
    [InlineData("https://confluent.cloud/kafka=lkc-a1b2c", false)]
    public void A_Confluent_resource_is_a_CRN(string crn, bool valid)
    {
        ConfluentResource.ResourceType.Template.Matches(crn).Should().Be(valid);
    }

    [Fact]
    public void LogAsync_refuses_a_Confluent_event_whose_actor_disagrees_with_its_principal()
    {
        var validator = new AuditLog.Pipeline.AuditEventValidator(1 << 20);
        var forged = ConceptsAuthentication() with { Actor = AuditActor.User("mallory@example.com") };

        var validate = () => validator.Validate(forged);

        validate.Should().Throw<AuditValidationException>().Which.Field.Should().Be("actor");
        validator.Invoking(v => v.Validate(ConceptsAuthentication())).Should().NotThrow();
    }
}
