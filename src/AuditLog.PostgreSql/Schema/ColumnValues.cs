using AuditLog.CloudEvents;

namespace AuditLog.PostgreSql.Schema;

/// <summary>How enumerations are stored in the filter columns: the same camelCase words as on the wire.</summary>
internal static class ColumnValues
{
    public static string Of(AuditEventFamily family) => family switch
    {
        AuditEventFamily.Exportable => "exportable",
        AuditEventFamily.Legacy => "legacy",
        AuditEventFamily.Security => "security",
        AuditEventFamily.Confluent => "confluent",
        _ => throw new ArgumentOutOfRangeException(nameof(family), family, "Not an event family."),
    };

    public static string Of(ActorKind kind) => AuditEventJsonNames.Of(kind).Value;

    public static string Of(OutcomeStatus status) => AuditEventJsonNames.Of(status).Value;
}
