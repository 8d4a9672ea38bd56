using AuditLog.Kafka.Configuration;
using Confluent.Kafka;
using Confluent.Kafka.Admin;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AuditLog.Kafka.Provisioning;

/// <summary>
/// Creates the audit topic (<see cref="AuditLogPublisherOptions.TopicName"/>) when it is missing, with the configured
/// partitions and replication factor. Nothing here stops the host: a broker that cannot create topics, a client
/// without the ACLs, or an unknown cluster is logged, and events wait for export.
/// </summary>
internal sealed class AuditTopicProvisioner(
    IOptions<AuditLogPublisherOptions> publisherOptions,
    KafkaClusterRegistry clusters,
    Func<AdminClientConfig, IAdminClient> createAdminClient,
    ILogger<AuditTopicProvisioner> logger)
{
    /// <summary>How long one admin request may take.</summary>
    internal static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(10);

    public AuditLogPublisherOptions Options => publisherOptions.Value;

    public async Task ProvisionAsync(CancellationToken cancellationToken)
    {
        var options = Options;
        if (!options.IsEnabled)
        {
            return;
        }

        if (clusters.FindClientConfig(options.Cluster!) is not { } client)
        {
            ProvisioningLog.ClusterNotFound(logger, options.Cluster!);
            return;
        }

        // Describing the topic must not make a broker auto-create it with its default partitions.
        var config = new AdminClientConfig(client);
        config.Set("allow.auto.create.topics", "false");
        using var admin = new AdminSession(createAdminClient(config));
        await ProvisionAsync(admin, options, cancellationToken).ConfigureAwait(false);
    }

    private async Task ProvisionAsync(AdminSession admin, AuditLogPublisherOptions options, CancellationToken cancellationToken)
    {
        var (clusterId, topic) = (options.Cluster!, options.TopicName!);
        try
        {
            if (await admin.TopicExistsAsync(topic, cancellationToken).ConfigureAwait(false))
            {
                ProvisioningLog.TopicExists(logger, topic, clusterId);
                return;
            }

            await CreateAsync(admin.Client, options, cancellationToken).ConfigureAwait(false);
            ProvisioningLog.TopicCreated(logger, topic, clusterId, options.Partitions, options.ReplicationFactor);
        }
        catch (KafkaException exception) when (ErrorOf(exception) == ErrorCode.TopicAlreadyExists)
        {
            ProvisioningLog.TopicCreatedMeanwhile(logger, topic, clusterId);
        }
        catch (KafkaException exception) when (IsRefusal(ErrorOf(exception)))
        {
            ProvisioningLog.CreationRefused(logger, topic, clusterId, ErrorOf(exception));
            if (await admin.TopicExistsAsync(topic, cancellationToken).ConfigureAwait(false))
            {
                ProvisioningLog.TopicExists(logger, topic, clusterId);
            }
            else
            {
                ProvisioningLog.TopicMissing(logger, topic, clusterId);
            }
        }
        catch (KafkaException exception)
        {
            ProvisioningLog.ProvisioningFailed(logger, exception, topic, clusterId, ErrorOf(exception));
        }
    }

    private static Task CreateAsync(IAdminClient admin, AuditLogPublisherOptions options, CancellationToken cancellationToken) =>
        admin.CreateTopicsAsync(
            [new TopicSpecification { Name = options.TopicName, NumPartitions = options.Partitions, ReplicationFactor = options.ReplicationFactor }],
            new CreateTopicsOptions { RequestTimeout = RequestTimeout, OperationTimeout = RequestTimeout })
            .WaitAsync(cancellationToken);

    // A failed creation reports its cause per topic; a request the broker refused as a whole carries it on the exception.
    private static ErrorCode ErrorOf(KafkaException exception) =>
        exception is CreateTopicsException { Results: [var result, ..] } ? result.Error.Code : exception.Error.Code;

    private static bool IsRefusal(ErrorCode code) => code is
        ErrorCode.UnsupportedVersion or ErrorCode.Local_UnsupportedFeature or
        ErrorCode.TopicAuthorizationFailed or ErrorCode.ClusterAuthorizationFailed;
}
