using AuditLog.CloudEvents;
using AuditLog.PostgreSql.Import;
using Confluent.Kafka;
using Microsoft.Extensions.Logging;

namespace AuditLog.Kafka.Import;

/// <summary>
/// One import of a topic, batch by batch: reads each record, filters, looks the ids up, logs the new events together
/// (one group commit), then moves the partitions' positions past the batch, and counts what it did.
/// </summary>
internal sealed class ImportRun(string source, ConfluentRecordFilter filter, ImportLedger ledger, IAuditLogger auditLogger, ILogger logger)
{
    private readonly List<ConfluentImportProblem> invalid = [];
    private long read;
    private long imported;
    private long alreadyPresent;
    private long filtered;

    public ImportLedger Ledger => ledger;

    public async Task ImportAsync(IReadOnlyList<ConsumeResult<byte[], byte[]>> batch, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return;
        }

        var nextOffsets = new Dictionary<int, long>();
        var kept = new List<(AuditEvent Event, int Partition, long Offset)>();
        foreach (var record in batch)
        {
            read++;
            var partition = record.Partition.Value;
            var offset = record.Offset.Value;
            nextOffsets[partition] = Math.Max(nextOffsets.GetValueOrDefault(partition), offset + 1);
            if (Read(record.Message.Value, partition, offset) is not { } auditEvent)
            {
                continue;
            }

            if (!filter.Keeps(auditEvent, (ConfluentEventType)auditEvent.Type))
            {
                filtered++;
                continue;
            }

            kept.Add((auditEvent, partition, offset));
        }

        await StoreNewAsync(kept, cancellationToken).ConfigureAwait(false);
        await ledger.MovePositionsAsync(nextOffsets, cancellationToken).ConfigureAwait(false);
    }

    public ConfluentImportResult Finish()
    {
        var result = new ConfluentImportResult(read, imported, alreadyPresent, filtered, invalid.ToArray());
        ImportLog.Finished(logger, source, read, imported, alreadyPresent, filtered, result.Skipped);
        return result;
    }

    /// <summary>The record's event when it is a valid Confluent audit CloudEvent; otherwise reported, and null.</summary>
    private AuditEvent? Read(byte[]? value, int partition, long offset)
    {
        try
        {
            var parsed = value is null
                ? throw new AuditEventFormatException(null, "the record has no value")
                : AuditCloudEventMapper.FromJson(value);
            if (parsed.Type is ConfluentEventType)
            {
                return parsed;
            }

            Report(partition, offset, $"Invalid CloudEvent: 'type' {parsed.Type.CloudEventType} is not one of Confluent's audit event types.");
        }
        catch (AuditEventFormatException e)
        {
            Report(partition, offset, e.Message);
        }

        return null;
    }

    private async Task StoreNewAsync(List<(AuditEvent Event, int Partition, long Offset)> kept, CancellationToken cancellationToken)
    {
        var stored = await ledger.StoredAsync(kept.Select(k => k.Event.Id).Distinct().ToArray(), cancellationToken).ConfigureAwait(false);
        var fresh = new List<(AuditEvent Event, int Partition, long Offset)>();
        foreach (var candidate in kept)
        {
            // A copy read earlier in the batch counts as present: Confluent's id is unique, copies are redeliveries.
            if (stored.Add(candidate.Event.Id))
            {
                fresh.Add(candidate);
            }
            else
            {
                alreadyPresent++;
            }
        }

        // Logged together, so the writer commits them in few batches; each completes once durable.
        var outcomes = await Task.WhenAll(fresh.Select(f => LogAsync(f.Event, f.Partition, f.Offset, cancellationToken))).ConfigureAwait(false);
        imported += outcomes.Count(logged => logged);
    }

    private async Task<bool> LogAsync(AuditEvent auditEvent, int partition, long offset, CancellationToken cancellationToken)
    {
        try
        {
            await auditLogger.LogAsync(auditEvent, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (AuditValidationException e)
        {
            // Read, but breaks a rule of the pipeline (a size, a CRN): nothing of it was recorded.
            Report(partition, offset, e.Message);
            return false;
        }
    }

    private void Report(int partition, long offset, string reason)
    {
        lock (invalid)
        {
            invalid.Add(new ConfluentImportProblem(partition, offset, reason));
        }

        ImportLog.Invalid(logger, source, partition, offset, reason);
    }
}
