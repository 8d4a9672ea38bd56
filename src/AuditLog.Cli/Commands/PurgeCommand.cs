using System.CommandLine;
using AuditLog.Cli.Connection;
using AuditLog.Cli.Help;
using AuditLog.Cli.Progress;
using AuditLog.Cli.Purge;
using AuditLog.PostgreSql;
using Microsoft.Extensions.Configuration;

namespace AuditLog.Cli.Commands;

/// <summary>
/// <c>auditlog purge --older-than 7d</c>: retention by hand or from a scheduler. Deletes the events older than
/// the age in short batches and leaves a checkpoint per chain, so <c>auditlog verify</c> still passes.
/// </summary>
internal static class PurgeCommand
{
    public static Command Create(CliConsole console, IConfiguration configuration)
    {
        var connection = new ConnectionOptions();
        var olderThan = DurationArgument.Option("--older-than", "Delete the events older than this age, e.g. 90d, 12h or 2w.");
        var command = new DocumentedCommand(
            "purge",
            "Delete old events (retention), in short batches; every integrity chain stays verifiable.",
            [
                new("auditlog purge --older-than 400d", "Deletes the events more than 400 days old."),
                new("auditlog purge --older-than 2w --schema audit_staging", "Keeps two weeks of events in the schema audit_staging."),
            ])
        {
            olderThan,
        };
        connection.AddTo(command);
        var runner = new CommandRunner(console, configuration, connection);
        command.SetAction((parseResult, cancellationToken) => runner.RunAsync(parseResult, (services, token) => PurgeAsync(services, parseResult.GetValue(olderThan), token), cancellationToken));
        return command;

        async Task<int> PurgeAsync(AuditServices services, TimeSpan age, CancellationToken cancellationToken)
        {
            await SchemaGuard.EnsureCurrentAsync(services, cancellationToken).ConfigureAwait(false);
            var retention = services.Get<AuditRetention>();
            var result = await CommandProgress.RunAsync(
                console, ProgressActivity.Purge, dataOnOutput: false, (_, ct) => retention.PurgeAsync(age, ct), cancellationToken).ConfigureAwait(false);
            await console.Output.WriteLineAsync(
                $"Purged {result.EventsPurged} event{(result.EventsPurged == 1 ? string.Empty : "s")} older than {result.Before.UtcDateTime:yyyy-MM-ddTHH:mm:ss.ffffffZ} " +
                $"in {result.Batches} batch{(result.Batches == 1 ? string.Empty : "es")}.").ConfigureAwait(false);
            return ExitCodes.Success;
        }
    }
}
