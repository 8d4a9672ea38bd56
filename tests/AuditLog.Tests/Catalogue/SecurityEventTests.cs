namespace AuditLog.Tests.Catalogue;

public sealed class SecurityEventTests
{
    private static readonly AuditActor Principal = AuditActor.ServiceAccount("sa-42", "orders service");

    private static readonly AuditClient Client = new("10.0.0.7", "kafka-client/2.15");

    private static AuthenticationAttempt Attempt(bool succeeded) =>
        new("lkc-a1b2c", Principal, "SASL_SSL/PLAIN", succeeded) { Identifier = "KEY123", Message = succeeded ? null : "bad credentials", Client = Client };

    private static AuthorizationCheck Check(bool granted) =>
        new("lkc-a1b2c", Principal, "Write", "Topic", "orders", granted) { Message = granted ? null : "no ACL", Client = Client };

    [Fact]
    public void Successful_authentication_is_a_success()
    {
        var audit = AuditEvents.Security.Authentication.Record(Attempt(succeeded: true));

        audit.Outcome.Should().Be(AuditOutcome.Success);
    }

    [Fact]
    public void Failed_authentication_is_a_failure_with_its_reason()
    {
        var audit = AuditEvents.Security.Authentication.Record(Attempt(succeeded: false));

        audit.Outcome.Should().Be(AuditOutcome.Failure("bad credentials"));
    }

    [Fact]
    public void Authentication_records_principal_mechanism_and_identifier()
    {
        var audit = AuditEvents.Security.Authentication.Record(Attempt(succeeded: true));

        audit.Metadata.GetString("principal").Should().Be("sa-42");
        audit.Metadata.GetString("mechanism").Should().Be("SASL_SSL/PLAIN");
        audit.Metadata.GetString("identifier").Should().Be("KEY123");
    }

    [Fact]
    public void Authentication_without_identifier_records_none()
    {
        var audit = AuditEvents.Security.Authentication.Record(Attempt(succeeded: true) with { Identifier = null });

        audit.Metadata.ContainsKey("identifier").Should().BeFalse();
    }

    [Fact]
    public void Authentication_is_addressed_to_the_cluster_crn()
    {
        var audit = AuditEvents.Security.Authentication.Record(Attempt(succeeded: true));

        audit.Resource.Address.Should().Be("crn:///kafka=lkc-a1b2c");
        audit.Metadata.GetString("cluster").Should().Be("lkc-a1b2c");
    }

    [Fact]
    public void Authentication_records_type_actor_and_client()
    {
        var audit = AuditEvents.Security.Authentication.Record(Attempt(succeeded: true));

        audit.Type.Should().BeSameAs(AuditEvents.Security.Authentication.Attempt);
        audit.Actor.Should().Be(Principal);
        audit.Client.Should().Be(Client);
    }

    [Fact]
    public void Authentication_carries_the_required_metadata()
    {
        var audit = AuditEvents.Security.Authentication.Record(Attempt(succeeded: false));

        audit.Metadata.Keys.Should().Contain(audit.Type.RequiredMetadata);
    }

    [Fact]
    public void Granted_authorization_is_a_success()
    {
        var audit = AuditEvents.Security.Authorization.Record(Check(granted: true));

        audit.Outcome.Should().Be(AuditOutcome.Success);
        audit.Metadata["granted"].GetBoolean().Should().BeTrue();
    }

    [Fact]
    public void Refused_authorization_is_denied_with_its_reason()
    {
        var audit = AuditEvents.Security.Authorization.Record(Check(granted: false));

        audit.Outcome.Should().Be(AuditOutcome.Denied("no ACL"));
        audit.Metadata["granted"].GetBoolean().Should().BeFalse();
    }

    [Fact]
    public void Authorization_records_the_operation_and_how_it_was_decided()
    {
        var check = Check(granted: true) with { PatternType = "PREFIXED", DryRun = true, SuperUserAuthorization = true };

        var audit = AuditEvents.Security.Authorization.Record(check);

        audit.Metadata.GetString("principal").Should().Be("sa-42");
        audit.Metadata.GetString("operation").Should().Be("Write");
        audit.Metadata.GetString("patternType").Should().Be("PREFIXED");
        audit.Metadata["dryRun"].GetBoolean().Should().BeTrue();
        audit.Metadata["superUserAuthorization"].GetBoolean().Should().BeTrue();
    }

    [Fact]
    public void Authorization_defaults_to_a_literal_real_check_without_super_user_rights()
    {
        var audit = AuditEvents.Security.Authorization.Record(Check(granted: true));

        audit.Metadata.GetString("patternType").Should().Be("LITERAL");
        audit.Metadata["dryRun"].GetBoolean().Should().BeFalse();
        audit.Metadata["superUserAuthorization"].GetBoolean().Should().BeFalse();
    }

    [Fact]
    public void Authorization_is_addressed_to_the_resource_crn()
    {
        var audit = AuditEvents.Security.Authorization.Record(Check(granted: true));

        audit.Resource.Address.Should().Be("crn:///kafka=lkc-a1b2c/Topic=orders");
        audit.Metadata.GetString("cluster").Should().Be("lkc-a1b2c");
        audit.Metadata.GetString("resourceType").Should().Be("Topic");
        audit.Metadata.GetString("resourceName").Should().Be("orders");
    }

    [Fact]
    public void Authorization_escapes_separators_in_the_resource_name()
    {
        var audit = AuditEvents.Security.Authorization.Record(Check(granted: true) with { ResourceType = "TransactionalId", ResourceName = "tx=1/a" });

        audit.Resource.Address.Should().Be("crn:///kafka=lkc-a1b2c/TransactionalId=tx%3D1%2Fa");
    }

    [Fact]
    public void Authorization_records_type_actor_and_client()
    {
        var audit = AuditEvents.Security.Authorization.Record(Check(granted: false));

        audit.Type.Should().BeSameAs(AuditEvents.Security.Authorization.Check);
        audit.Actor.Should().Be(Principal);
        audit.Client.Should().Be(Client);
    }

    [Fact]
    public void Authorization_carries_the_required_metadata()
    {
        var audit = AuditEvents.Security.Authorization.Record(Check(granted: false));

        audit.Metadata.Keys.Should().Contain(audit.Type.RequiredMetadata);
    }
}
