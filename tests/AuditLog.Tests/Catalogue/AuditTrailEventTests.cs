using AuditLog.Resources;

namespace AuditLog.Tests.Catalogue;

public sealed class AuditTrailEventTests
{
    private static readonly AuditActor Reader = AuditActor.User("auditor@example.com");

    [Fact]
    public void A_search_of_the_audit_log_is_addressed_by_its_store()
    {
        var audit = AuditEvents.Security.AuditTrail.Search.For(new AuditTrailStore("auditlog"), Reader);

        audit.Resource.Address.Should().Be("crn:///auditlog=auditlog");
        audit.Metadata.GetString("store").Should().Be("auditlog");
    }

    [Fact]
    public void An_export_requires_its_format_filters_and_count()
    {
        AuditEvents.Security.AuditTrail.Export.RequiredMetadata.Should().Equal("format", "filters", "events");
    }
}
