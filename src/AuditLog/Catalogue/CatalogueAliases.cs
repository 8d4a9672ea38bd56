namespace AuditLog;

/// <summary>
/// Spellings of documented event names found in Conduktor's changelogs. They are only read: a host
/// looking a name up gets the documented entry, and events are always written under its canonical name.
/// </summary>
internal static class CatalogueAliases
{
    public static readonly (string Alias, AuditEventType Type)[] Table =
    [
        ("IAM.User.Login", AuditEvents.Iam.User.Login),
        ("Kafka.Connector.RestartTask", AuditEvents.Kafka.Connector.TaskRestart),
    ];
}
