using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using AuditLog.CloudEvents;
using AuditLog.PostgreSql.Schema;

namespace AuditLog.PostgreSql.Reading;

/// <summary>
/// Writes audit events as CSV rows (RFC 4180, CRLF, UTF-8) into a buffer, one reusable scratch buffer
/// per writer, so an export allocates nothing per cell. Not thread-safe: one writer per export.
/// </summary>
internal sealed class CsvAuditWriter : IDisposable
{
    /// <summary>The header row, in column order.</summary>
    public static ReadOnlySpan<byte> Header =>
        "id,time,type,family,resource_type,resource_address,actor_kind,actor_id,actor_display_name,outcome,outcome_message,client_ip,user_agent,correlation_id,trace_id,metadata\r\n"u8;

    private readonly ArrayBufferWriter<byte> scratch = new(1024);
    private readonly Utf8JsonWriter json;

    public CsvAuditWriter() => json = new Utf8JsonWriter(scratch, JsonOutput.Options);

    public static void WriteHeader(IBufferWriter<byte> output) => output.Write(Header);

    public void WriteRow(IBufferWriter<byte> output, AuditEvent auditEvent)
    {
        Span<byte> formatted = stackalloc byte[64];
        auditEvent.Id.TryFormat(formatted, out var written, "D");
        WriteCell(output, formatted[..written]);
        // RFC 3339 in UTC with six fractional digits, as in the JSON export: the round-trip format ("O",
        // much faster than a custom one) writes yyyy-MM-ddTHH:mm:ss.fffffffZ; the seventh digit is dropped.
        auditEvent.Time.UtcDateTime.TryFormat(formatted, out _, "O", CultureInfo.InvariantCulture);
        formatted[26] = (byte)'Z';
        WriteCell(output, formatted[..27]);
        WriteCell(output, auditEvent.Type.Name);
        WriteCell(output, ColumnValues.Of(auditEvent.Type.Family));
        WriteCell(output, auditEvent.Resource.Type.Name);
        WriteCell(output, auditEvent.Resource.Address);
        WriteCell(output, ColumnValues.Of(auditEvent.Actor.Kind));
        WriteCell(output, auditEvent.Actor.Id);
        WriteCell(output, auditEvent.Actor.DisplayName);
        WriteCell(output, ColumnValues.Of(auditEvent.Outcome.Status));
        WriteCell(output, auditEvent.Outcome.Message);
        WriteCell(output, auditEvent.Client?.IpAddress);
        WriteCell(output, auditEvent.Client?.UserAgent);
        WriteCell(output, auditEvent.CorrelationId);
        WriteCell(output, auditEvent.TraceId);

        scratch.ResetWrittenCount();
        json.Reset();
        auditEvent.Metadata.WriteTo(json);
        json.Flush();
        CsvCell.Write(output, scratch.WrittenSpan);
        output.Write("\r\n"u8);
    }

    public void Dispose() => json.Dispose();

    private static void WriteCell(IBufferWriter<byte> output, ReadOnlySpan<byte> utf8)
    {
        CsvCell.Write(output, utf8);
        output.Write(","u8);
    }

    private void WriteCell(IBufferWriter<byte> output, string? text)
    {
        if (!string.IsNullOrEmpty(text))
        {
            scratch.ResetWrittenCount();
            var length = Encoding.UTF8.GetBytes(text, scratch.GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length)));
            scratch.Advance(length);
            CsvCell.Write(output, scratch.WrittenSpan);
        }

        output.Write(","u8);
    }
}
