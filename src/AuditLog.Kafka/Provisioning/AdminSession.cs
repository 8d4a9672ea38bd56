using Confluent.Kafka;

namespace AuditLog.Kafka.Provisioning;

/// <summary>
/// An admin client whose blocking metadata calls can be abandoned: cancelling stops the wait at once, and the client
/// is disposed only once the abandoned call has returned (librdkafka bounds it by the request timeout).
/// </summary>
internal sealed class AdminSession(IAdminClient client) : IDisposable
{
    private Task pending = Task.CompletedTask;

    public IAdminClient Client { get; } = client;

    /// <summary>True when the topic is described without error; false when it is missing, not describable, or no broker answered.</summary>
    public async Task<bool> TopicExistsAsync(string topic, CancellationToken cancellationToken)
    {
        var metadata = Task.Run(() => Client.GetMetadata(topic, AuditTopicProvisioner.RequestTimeout), CancellationToken.None);
        pending = metadata;
        try
        {
            var found = await metadata.WaitAsync(cancellationToken).ConfigureAwait(false);
            return found.Topics.Any(t => t.Topic == topic && t.Error.Code == ErrorCode.NoError);
        }
        catch (KafkaException)
        {
            return false;
        }
    }

    public void Dispose()
    {
        if (pending.IsCompleted)
        {
            Client.Dispose();
        }
        else
        {
            pending.ContinueWith(_ => Client.Dispose(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
    }
}
