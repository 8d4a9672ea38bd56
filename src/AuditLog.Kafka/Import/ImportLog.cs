using Microsoft.Extensions.Logging;

namespace AuditLog.Kafka.Import;

/// <summary>The importer's log messages (source-generated). They name topics, partitions, offsets and rules, never record content.</summary>
internal static partial class ImportLog
{
    [LoggerMessage(4201, LogLevel.Warning, "Skipped the record at {Source} partition {Partition} offset {Offset}: not a valid Confluent audit CloudEvent. {Reason}")]
    public static partial void Invalid(ILogger logger, string source, int partition, long offset, string reason);

    [LoggerMessage(4202, LogLevel.Information, "Imported {Source}: {Read} records read, {Imported} imported, {AlreadyPresent} already present, {Filtered} filtered, {Skipped} skipped as invalid.")]
    public static partial void Finished(ILogger logger, string source, long read, long imported, long alreadyPresent, long filtered, long skipped);
}
