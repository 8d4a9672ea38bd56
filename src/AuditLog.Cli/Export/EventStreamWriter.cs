using AuditLog.Kafka;
using AuditLog.PostgreSql;
using AuditLog.PostgreSql.Reading;

namespace AuditLog.Cli.Export;

/// <summary>
/// Writes events read from the audit topic in the formats of <c>auditlog export</c>, with the PostgreSQL export's own
/// writers: JSON Lines of the stored CloudEvents, or CSV with the same header and cells.
/// </summary>
internal sealed class EventStreamWriter : IDisposable
{
    private readonly ExportBuffer buffer;
    private readonly CsvAuditWriter? csv;

    public EventStreamWriter(Stream output, AuditExportFormat format)
    {
        buffer = new ExportBuffer(output);
        if (format == AuditExportFormat.Csv)
        {
            csv = new CsvAuditWriter();
            CsvAuditWriter.WriteHeader(buffer.Writer);
        }
    }

    public long Count { get; private set; }

    /// <summary>Adds the event, writing out a chunk when one is full.</summary>
    public ValueTask WriteAsync(AuditTopicEvent item, CancellationToken cancellationToken)
    {
        if (csv is not null)
        {
            csv.WriteRow(buffer.Writer, item.Event);
        }
        else
        {
            JsonLineWriter.WriteLine(buffer.Writer, item.Payload.Span);
        }

        Count++;
        return buffer.WriteIfFullAsync(cancellationToken);
    }

    /// <summary>Writes out everything added and flushes: while following, each event is seen as it comes.</summary>
    public ValueTask FlushAsync(CancellationToken cancellationToken) => buffer.CompleteAsync(cancellationToken);

    public void Dispose() => csv?.Dispose();
}
