using AuditLog.PostgreSql;

namespace AuditLog.TestSupport;

/// <summary>Filter values an attacker or a careless caller sends: one list for the store's tests and the HTTP API's.</summary>
internal static class HostileText
{
    public static readonly string[] Values =
    [
        "'",
        "' OR '1'='1",
        "%",
        "_",
        @"\",
        @"\%",
        "%_%",
        "; DROP TABLE auditlog.events; --",
        "'); DROP TABLE auditlog.events; --",
        "$1",
        @"E'\\'",
        "*",
        "!(a | b) <-> c:*",
        "\"unterminated",
        new string('a', 100_000),
        new string('%', AuditQuery.MaxLength),
        "a\0b",
        "a\u0001b",
        "\uD800",
        "//kafka/kafkacluster/production/topic/a%",
        "//kafka/kafkacluster/production/topic/a_",
        @"//kafka/kafkacluster/production/topic/a\",
        "//kafka/kafkacluster/production/%",
        "alice@example.com' OR actor_id LIKE '%",
    ];
}
