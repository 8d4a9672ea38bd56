using AuditLog.CloudEvents;
using AuditLog.PostgreSql.Schema;
using AuditLog.PostgreSql.Writing;

namespace AuditLog.PostgreSql.Integrity;

/// <summary>
/// Whether a row's filter columns say what its payload says. The hash covers only the payload, so a column
/// changed on its own would mislead every search without breaking the chain.
/// </summary>
internal static class PayloadColumns
{
    /// <summary>The names of the columns that disagree with the payload; null when the payload is not a readable audit event.</summary>
    public static IReadOnlyList<string>? Disagreeing(EventRow stored)
    {
        EventRow expected;
        try
        {
            expected = EventRow.From(EventRow.ReadPayload(stored.Payload));
        }
        catch (Exception e) when (e is AuditEventFormatException or ArgumentException)
        {
            return null;
        }

        var columns = new List<string>();
        Compare(columns, EventsTable.Id, stored.Id == expected.Id);
        Compare(columns, EventsTable.Time, stored.Time == expected.Time);
        Compare(columns, EventsTable.EventType, stored.EventType == expected.EventType);
        Compare(columns, EventsTable.Family, stored.Family == expected.Family);
        Compare(columns, EventsTable.ResourceType, stored.ResourceType == expected.ResourceType);
        Compare(columns, EventsTable.ResourceAddress, stored.ResourceAddress == expected.ResourceAddress);
        Compare(columns, EventsTable.ActorKind, stored.ActorKind == expected.ActorKind);
        Compare(columns, EventsTable.ActorId, stored.ActorId == expected.ActorId);
        Compare(columns, EventsTable.Outcome, stored.Outcome == expected.Outcome);
        return columns;
    }

    private static void Compare(List<string> disagreeing, string column, bool agrees)
    {
        if (!agrees)
        {
            disagreeing.Add(column);
        }
    }
}
