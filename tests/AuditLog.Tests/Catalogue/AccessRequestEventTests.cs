using AuditLog.Resources;

namespace AuditLog.Tests.Catalogue;

public sealed class AccessRequestEventTests
{
    private static readonly AuditActor Approver = AuditActor.User("owner@example.com");

    [Fact]
    public void ApproveAccessRequest_records_from_and_to()
    {
        var audit = AuditEvents.Legacy.Application.ApproveAccessRequest(new CrnApplication("clickstream"), "billing-app", "topic:click-events", Approver);

        audit.Metadata.GetString("from").Should().Be("billing-app");
        audit.Metadata.GetString("to").Should().Be("topic:click-events");
    }

    [Fact]
    public void ApproveAccessRequest_is_an_approved_access_request_on_the_application()
    {
        var audit = AuditEvents.Legacy.Application.ApproveAccessRequest(new CrnApplication("clickstream"), "billing-app", "topic:click-events", Approver);

        audit.Type.Should().BeSameAs(AuditEvents.Legacy.Application.AccessRequestApproved);
        audit.Resource.Address.Should().Be("platform:/application/clickstream");
        audit.Metadata.Keys.Should().Equal("slug", "from", "to");
        audit.Actor.Should().Be(Approver);
    }

    [Fact]
    public void ApproveAccessRequest_carries_the_required_metadata()
    {
        var audit = AuditEvents.Legacy.Application.ApproveAccessRequest(new CrnApplication("clickstream"), "billing-app", "topic:click-events", Approver);

        audit.Metadata.Keys.Should().Contain(audit.Type.RequiredMetadata);
    }
}
