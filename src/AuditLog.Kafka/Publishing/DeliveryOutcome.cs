using Confluent.Kafka;

namespace AuditLog.Kafka.Publishing;

/// <summary>What became of the records of one batch handed to the producer: how many were sent, how many failed, and the first failure's error.</summary>
internal sealed record DeliveryOutcome(int Sent, int Failed, Exception? FirstError)
{
    /// <summary>
    /// Sorts each record's delivery, in order, into <paramref name="acknowledged"/> or <paramref name="failed"/> (a
    /// delivery not completed successfully, by then, failed).
    /// </summary>
    public static DeliveryOutcome Of<T>(IReadOnlyList<(T Item, Task<DeliveryResult<byte[], byte[]>> Delivery)> deliveries, Action<T> acknowledged, Action<T> failed)
    {
        var failures = 0;
        Exception? first = null;
        foreach (var (item, delivery) in deliveries)
        {
            if (delivery.IsCompletedSuccessfully)
            {
                acknowledged(item);
            }
            else
            {
                failures++;
                first ??= delivery.Exception?.InnerException;
                failed(item);
            }
        }

        return new DeliveryOutcome(deliveries.Count, failures, first);
    }

    /// <summary>The first failure's reason: the broker's error code and reason, or that the record was not acknowledged.</summary>
    public string Reason => FirstError is KafkaException kafka ? $"{kafka.Error.Code}: {kafka.Error.Reason}" : "not acknowledged";

    /// <summary>Counts the acknowledged and the failed records on <paramref name="metrics"/>.</summary>
    public void CountOn(KafkaExportMetrics metrics)
    {
        metrics.Published(Sent - Failed);
        if (Failed > 0)
        {
            metrics.Failed(Failed);
        }
    }

    /// <summary>The error for a batch with failures: its records are published again.</summary>
    public KafkaPublishException ToException() =>
        new($"{Failed} of {Sent} audit events were not acknowledged by the broker ({Reason}); they are published again.", FirstError);
}
