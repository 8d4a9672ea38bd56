namespace AuditLog.Kafka;

/// <summary>Where <see cref="AuditTopicReader.ReadAsync"/> starts, whether it follows, and how it checks.</summary>
public sealed record AuditTopicReadOptions
{
    /// <summary>The default of <see cref="MaxOutOfOrder"/>.</summary>
    public const int DefaultMaxOutOfOrder = 10_000;

    /// <summary>
    /// Start at the first record of each partition written at or after this time (the record timestamps); null, the
    /// default, starts at the beginning of the topic. The first sequence read of each writer is where its chain is
    /// checked from: no gap is reported before it.
    /// </summary>
    public DateTimeOffset? From { get; init; }

    /// <summary>
    /// True to go on reading new events once the end of the topic is reached, until cancelled; false, the default,
    /// to stop at the end the topic had when the read started.
    /// </summary>
    public bool Follow { get; init; }

    /// <summary>
    /// The integrity key the writers hashed with (<c>AuditLog:PostgreSql:IntegrityKey</c> or
    /// <c>AuditLog:Kafka:IntegrityKey</c>), to check <c>hmac-sha256:</c> hashes; null when they are plain SHA-256.
    /// </summary>
    public string? IntegrityKey { get; init; }

    /// <summary>
    /// How many events of one writer may wait for a missing earlier sequence (the events of a writer are spread over
    /// partitions, so they arrive out of order) before the missing ones are reported as a gap. Default 10,000.
    /// </summary>
    public int MaxOutOfOrder { get; init; } = DefaultMaxOutOfOrder;

    /// <summary>How long to wait for the topic's metadata and offsets before failing. Default 30 s.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);
}
