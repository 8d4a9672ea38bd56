using AuditLog.PostgreSql.Integrity;
using AuditLog.PostgreSql.Schema;

namespace AuditLog.PostgreSql.Tests;

/// <summary>One list of the events table's columns: the writer, the verifier and the tests' seeders take it from <see cref="EventColumns"/>.</summary>
public sealed class EventColumnsTests
{
    [Fact]
    public void The_verifier_reads_every_written_column_in_order()
    {
        var parameters = typeof(StoredEvent.Row).GetConstructors().Single().GetParameters().Select(p => p.Name);

        parameters.Should().Equal(EventColumns.All.Select(c => c.Alias));
    }

    [Fact]
    public void Every_column_is_written_once()
    {
        EventColumns.All.Select(c => c.Name).Should().OnlyHaveUniqueItems().And.HaveCount(14);
    }
}
