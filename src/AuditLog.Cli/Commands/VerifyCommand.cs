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
/// </summary>
internal static class VerifyCommand
{
    public static Command Create(CliConsole console, IConfiguration configuration)
    {
        var connection = new ConnectionOptions();
        var command = new DocumentedCommand(
            "verify",
            "Check every integrity chain. Exit 0 when intact; exit 1 naming the first event that was changed, removed, inserted or reordered.",
            [
                new("auditlog verify", "Checks the database named by CDK_DATABASE_URL (or CDK_DATABASE_HOST, _NAME…)."),
                new("auditlog verify || notify-security-team", "From a scheduler: alerts on the exit code alone."),
            ]);
        connection.AddTo(command);
        var runner = new CommandRunner(console, configuration, connection);
        command.SetAction((parseResult, cancellationToken) => runner.RunAsync(parseResult, VerifyAsync, cancellationToken));
        return command;

        async Task<int> VerifyAsync(AuditServices services, CancellationToken cancellationToken)
        {
            await SchemaGuard.EnsureCurrentAsync(services, cancellationToken).ConfigureAwait(false);
            var verifier = services.Get<AuditIntegrityVerifier>();
            var result = await CommandProgress.RunAsync(
                console, ProgressActivity.Verify, dataOnOutput: false, (_, ct) => verifier.VerifyAsync(ct), cancellationToken).ConfigureAwait(false);
            if (result.IsIntact)
            {
                await console.Output.WriteLineAsync(
                    $"Intact: {Count(result.EventsChecked, "event")} in {Count(result.Chains, "chain")}.").ConfigureAwait(false);
                return ExitCodes.Success;
            }

            var violation = result.FirstViolation!;
            var subject = violation.EventId is { } id ? $"event {id}" : "events";
            // The writer id comes from the (possibly tampered) database: shown, never obeyed by the terminal.
            await console.Output.WriteLineAsync(TerminalSafeUtf8.ForTerminal(
                $"Integrity violation: {violation.Kind} {subject} (writer {violation.WriterId}, sequence {violation.Sequence}): {violation.Description}")).ConfigureAwait(false);
            return ExitCodes.Failure;
        }
    }

    private static string Count(long count, string noun) => $"{count} {noun}{(count == 1 ? string.Empty : "s")}";
}
