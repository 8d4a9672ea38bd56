namespace AuditLog.Tests.Support;

/// <summary>
/// Text a careless or hostile caller puts into an event (the shapes of tests/Shared/HostileText, which needs the
/// PostgreSQL package), plus what the door's shortcuts must not be fooled by: separators, credentials, look-alikes.
/// </summary>
internal static class DoorHostileText
{
    public static readonly string[] Values =
    [
        "'", "' OR '1'='1", "%", "_", @"\", @"\%", "%_%", "; DROP TABLE auditlog.events; --", "$1", @"E'\\'",
        "\"unterminated", new string('a', 100_000), new string('%', 4096), "a\0b", "a\u0001b", "\uD800", "\uDC00x",
        "\uD83D\uDE00", "//kafka/kafkacluster/production/topic/a%", @"//kafka/kafkacluster/production/topic/a\",
        "alice@example.com' OR actor_id LIKE '%", "password=hunter2", "a=b", "x:y", "Authorization: Bearer abc",
        "postgresql://app:hunter2@db/orders", "p\u200Bassword=hunter2", "p\u0430ssword=hunter2", "token\u00A0=\u00A0x",
        "caf\u00E9 <script>&amp;", "\uFF50\uFF41\uFF53\uFF53\uFF57\uFF4F\uFF52\uFF44=x", "user=a;pwd=b",
    ];
}
