using System.CommandLine;
using AuditLog.Cli.Connection;
using AuditLog.Cli.Help;
using AuditLog.PostgreSql;
using Microsoft.Extensions.Configuration;

namespace AuditLog.Cli.Commands;

/// <summary><c>auditlog migrate</c>: creates or upgrades the audit schema; running it again changes nothing.</summary>
internal static class MigrateCommand
{
    public static Command Create(CliConsole console, IConfiguration configuration)
    {
        var connection = new ConnectionOptions();
        var command = new DocumentedCommand("migrate", "Create or upgrade the audit schema (safe to run again, and while hosts are running).",
        [
            new("auditlog migrate", "Migrates the database named by CDK_DATABASE_URL (or CDK_DATABASE_HOST, _NAME…)."),
            new("auditlog migrate --connection postgresql://auditlog@db:5432/console --schema audit", "Migrates the schema audit of the database console on db."),
        ]);
        connection.AddTo(command);
        var runner = new CommandRunner(console, configuration, connection);
        command.SetAction((parseResult, cancellationToken) => runner.RunAsync(parseResult, MigrateAsync, cancellationToken));
        return command;

        async Task<int> MigrateAsync(AuditServices services, CancellationToken cancellationToken)
        {
            var result = await services.Get<AuditSchemaMigrator>().MigrateAsync(cancellationToken).ConfigureAwait(false);
            await console.Output.WriteLineAsync(result.Changed
                ? $"Schema {services.Schema} migrated from version {result.FromVersion} to {result.ToVersion}."
                : $"Schema {services.Schema} already at version {result.ToVersion}.").ConfigureAwait(false);
            return ExitCodes.Success;
        }
    }
}
