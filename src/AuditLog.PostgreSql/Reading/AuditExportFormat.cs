namespace AuditLog.PostgreSql;

/// <summary>The file formats of <see cref="PostgreSqlAuditStore.ExportAsync"/>, both UTF-8 without a byte order mark.</summary>
public enum AuditExportFormat
{
    /// <summary>
    /// RFC 4180 CSV: a header row, then one row per event, CRLF line endings. Cells that a spreadsheet
    /// would run as a formula (starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or carriage return)
    /// are prefixed with a single quote.
    /// </summary>
    Csv,

    /// <summary>JSON Lines: one CloudEvent per line, exactly as stored (and as published to Kafka).</summary>
    Json,
}
