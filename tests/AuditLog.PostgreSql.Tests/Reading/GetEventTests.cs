using AuditLog.CloudEvents;
using AuditLog.PostgreSql.Tests.Support;

namespace AuditLog.PostgreSql.Tests.Reading;

[Collection(PostgreSqlCollection.Name)]
public sealed class GetEventTests(PostgreSqlFixture postgres)
{
    [Fact]
    public async Task An_event_is_found_by_id_with_all_its_metadata()
    {
        var database = await SharedSampleLog.GetAsync(postgres);
        var expected = SampleLog.Events[6];

        var found = await database.Store.GetAsync(expected.Id);

        found.Should().NotBeNull();
        AuditCloudEventMapper.ToJson(found!).Should().Be(AuditCloudEventMapper.ToJson(expected));
        found!.Metadata.Keys.Should().Equal(expected.Metadata.Keys);
        found.Metadata.GetString("operation").Should().Be("Write");
        found.Outcome.Should().Be(AuditOutcome.Denied("no ACL"));
    }

    [Fact]
    public async Task An_unknown_id_finds_nothing()
    {
        var database = await SharedSampleLog.GetAsync(postgres);

        var found = await database.Store.GetAsync(Guid.CreateVersion7());

        found.Should().BeNull();
    }
}
