using AuditLog.Configuration;

namespace AuditLog;

/// <summary>How the audit pipeline validates, redacts, queues and retries. Bound from the <c>AuditLog</c> configuration section.</summary>
public sealed class AuditLogOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionName = "AuditLog";

    /// <summary>Events each sink's queue holds before <see cref="QueueFullPolicy"/> applies. Default 10,000.</summary>
    [SettingRange(1, 10_000_000, ErrorMessage = $"{SectionName}:{nameof(QueueCapacity)} must be from {{1}} to {{2}}.")]
    public int QueueCapacity { get; set; } = 10_000;

    /// <summary>What happens when a sink's queue is full. Default <see cref="AuditQueueFullPolicy.Wait"/>: nothing is dropped.</summary>
    [DefinedEnum(typeof(AuditQueueFullPolicy), ErrorMessage = $"{SectionName}:{nameof(QueueFullPolicy)} must be one of {{1}}.")]
    public AuditQueueFullPolicy QueueFullPolicy { get; set; } = AuditQueueFullPolicy.Wait;

    /// <summary>The most events handed to a sink in one batch. Default 500.</summary>
    [SettingRange(1, 100_000, ErrorMessage = $"{SectionName}:{nameof(MaxBatchSize)} must be from {{1}} to {{2}}.")]
    public int MaxBatchSize { get; set; } = 500;

    /// <summary>The largest metadata accepted, in bytes of UTF-8 JSON. Default 64 KiB.</summary>
    [SettingRange(2, 16 * 1024 * 1024, ErrorMessage = $"{SectionName}:{nameof(MaxMetadataBytes)} must be from {{1}} to {{2}}.")]
    public int MaxMetadataBytes { get; set; } = 64 * 1024;

    /// <summary>
    /// Words that make a metadata key secret: its value is replaced by <c>[REDACTED]</c> before any sink
    /// sees it. A key is secret when its skeleton (compatibility-normalised, lower-cased, without
    /// separators and invisible characters, Cyrillic and Greek look-alikes read as Latin letters) contains
    /// one of these words; nested objects are redacted too. The same words mask credentials inside string
    /// values and the outcome message: <c>key=value</c> pairs and <c>Key: value</c> header lines with a secret
    /// key, and the password of any URL. Values <c>true</c>, <c>false</c> and <c>null</c> are kept: they
    /// carry no credential, and flags such as <c>superUserAuthorization</c> keep their meaning.
    /// </summary>
    [NoBlankEntries(ErrorMessage = $"{SectionName}:{nameof(RedactedKeys)} must not contain empty entries.")]
    public IList<string> RedactedKeys { get; } =
        ["password", "passwd", "pwd", "secret", "token", "apikey", "credential", "privatekey", "jaas", "authorization", "cookie"];

    /// <summary>The baggage item of <see cref="System.Diagnostics.Activity.Current"/> read as the correlation id. Default <c>correlation.id</c>.</summary>
    [RequiredText(ErrorMessage = $"{SectionName}:{nameof(CorrelationBaggageKey)} is required.")]
    public string CorrelationBaggageKey { get; set; } = "correlation.id";

    /// <summary>The first retry delay after a sink fails; it doubles on each attempt. Default 100 ms.</summary>
    [SettingRange(typeof(TimeSpan), "00:00:00", "01:00:00", ErrorMessage = $"{SectionName}:{nameof(RetryInitialDelay)} must be from {{1}} to {{2}}.")]
    public TimeSpan RetryInitialDelay { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>The longest retry delay. Default 30 s.</summary>
    [SettingRange(typeof(TimeSpan), "00:00:00", "01:00:00", ErrorMessage = $"{SectionName}:{nameof(RetryMaxDelay)} must be from {{1}} to {{2}}.")]
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long <see cref="IAuditLogger.LogAsync"/> waits for sinks that complete on write (such as
    /// PostgreSQL), room in a full queue included, before failing with <see cref="AuditSinkException"/>:
    /// fail closed, the caller knows the action was not audited, and the event is withdrawn so it is never
    /// written afterwards. Failed writes are retried with backoff until then. The one exception: when the
    /// deadline passes while the sink is committing the event, the caller waits for that commit's outcome,
    /// so what it is told is what the sink holds. Default 5 s.
    /// </summary>
    [SettingRange(typeof(TimeSpan), "00:00:00.001", "01:00:00", ErrorMessage = $"{SectionName}:{nameof(WriteTimeout)} must be from {{1}} to {{2}}.")]
    public TimeSpan WriteTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long shutdown waits for queued events to be delivered before reporting the rest as lost. Default 30 s.</summary>
    [SettingRange(typeof(TimeSpan), "00:00:00", "01:00:00", ErrorMessage = $"{SectionName}:{nameof(ShutdownTimeout)} must be from {{1}} to {{2}}.")]
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
