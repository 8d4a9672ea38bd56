using System.CommandLine;
using AuditLog.Cli.Connection;
using AuditLog.Cli.Help;
using AuditLog.Cli.Progress;
using AuditLog.PostgreSql;
using AuditLog.PostgreSql.Reading;
using Microsoft.Extensions.Configuration;

namespace AuditLog.Cli.Commands;

/// <summary>
/// <c>auditlog verify</c>: walks every writer's integrity chain; exit 0 when intact, exit 1 naming the first
/// event found changed, removed, inserted or reordered, so a scheduled job can alert on the exit code alone.
/// With <c>--topic</c>, also compares the audit topic with the database (<see cref="VerifyTopic"/>).
/// </summary>
internal static class VerifyCommand
{
    public static Command Create(CliConsole console, IConfiguration configuration)
    {
        var connection = new ConnectionOptions();
        var topic = TopicOptions.Topic("Also read this audit topic and compare it with the database: every event on it must be in the database as published, every event the relay published must be on it.");
        var cluster = TopicOptions.Cluster();
        var command = new DocumentedCommand(
            "verify",
            "Check every integrity chain. Exit 0 when intact; exit 1 naming the first event that was changed, removed, inserted or reordered. " +
            "With --topic, also check the audit topic's chains and name every event changed or removed in the database after it was published, even when its chain was rewritten consistently.",
            [
                new("auditlog verify", "Checks the database named by CDK_DATABASE_URL (or CDK_DATABASE_HOST, _NAME…)."),
                new("auditlog verify || notify-security-team", "From a scheduler: alerts on the exit code alone."),
                new("auditlog verify --topic _conduktor_console_audit_log", "Also compares the topic on the cluster CDK_AUDITLOGPUBLISHER_CLUSTER (clusters from CDK_CLUSTERS_*) with the database."),
            ])
        {
            topic, cluster,
        };
        connection.AddTo(command);
        command.Validators.Add(result =>
        {
            if (result.GetResult(cluster) is not null && result.GetResult(topic) is null)
            {
                result.AddError("--cluster needs --topic: it names the cluster of the topic to compare with the database.");
            }
        });
        var runner = new CommandRunner(console, configuration, connection);
        command.SetAction((parseResult, cancellationToken) => runner.RunAsync(
            parseResult,
            (services, ct) => VerifyAsync(services, parseResult.GetValue(topic), parseResult.GetValue(cluster), ct),
            cancellationToken));
        return command;

        async Task<int> VerifyAsync(AuditServices services, string? topicName, string? clusterId, CancellationToken cancellationToken)
        {
            // Resolved first: a cluster that is not registered is a configuration error, found before any long work.
            var target = topicName is null ? null : KafkaTopicTarget.Resolve(configuration, clusterId, topicName);
            await SchemaGuard.EnsureCurrentAsync(services, cancellationToken).ConfigureAwait(false);
            var intact = await VerifyChainsAsync(services, cancellationToken).ConfigureAwait(false);
            if (target is not null)
            {
                intact &= await VerifyTopic.RunAsync(console, services, target, TopicOptions.IntegrityKey(configuration), cancellationToken).ConfigureAwait(false);
            }

            return intact ? ExitCodes.Success : ExitCodes.Failure;
        }

        async Task<bool> VerifyChainsAsync(AuditServices services, CancellationToken cancellationToken)
        {
            var verifier = services.Get<AuditIntegrityVerifier>();
            var result = await CommandProgress.RunAsync(
                console, ProgressActivity.Verify, dataOnOutput: false, (_, ct) => verifier.VerifyAsync(ct), cancellationToken).ConfigureAwait(false);
            if (result.IsIntact)
            {
                await console.Output.WriteLineAsync(
                    $"Intact: {Count(result.EventsChecked, "event")} in {Count(result.Chains, "chain")}.").ConfigureAwait(false);
                return true;
            }

            var violation = result.FirstViolation!;
            var subject = violation.EventId is { } id ? $"event {id}" : "events";
            // The writer id comes from the (possibly tampered) database: shown, never obeyed by the terminal.
            await console.Output.WriteLineAsync(TerminalSafeUtf8.ForTerminal(
                $"Integrity violation: {violation.Kind} {subject} (writer {violation.WriterId}, sequence {violation.Sequence}): {violation.Description}")).ConfigureAwait(false);
            return false;
        }
    }

    private static string Count(long count, string noun) => $"{count} {noun}{(count == 1 ? string.Empty : "s")}";
}
