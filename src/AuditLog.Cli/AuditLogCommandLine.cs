using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using AuditLog.Cli.Commands;
using Microsoft.Extensions.Configuration;

namespace AuditLog.Cli;

/// <summary>The <c>auditlog</c> command line: parsing, usage errors and dispatch to the commands.</summary>
internal static class AuditLogCommandLine
{
    /// <summary>Runs the tool with captured writers, none of them a terminal; tests call it with their own writers and settings.</summary>
    /// <param name="args">The command line.</param>
    /// <param name="output">Where results and exported data go.</param>
    /// <param name="error">Where diagnostics, progress and summaries go.</param>
    /// <param name="configuration">The settings holding <c>CDK_*</c> values; null for the process environment.</param>
    /// <param name="cancellationToken">Cancels the command, as Ctrl+C does.</param>
    /// <returns>The exit code (<see cref="ExitCodes"/>).</returns>
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, IConfiguration? configuration, CancellationToken cancellationToken)
        // Writers other than the process's streams are never a terminal; Program passes CliConsole.ForProcess.
        => RunAsync(args, new CliConsole(output, error, ErrorIsTerminal: false), configuration, cancellationToken);

    /// <summary>Runs the tool with an explicit console: <c>Program</c> passes the process's, tests pose as a terminal.</summary>
    internal static async Task<int> RunAsync(string[] args, CliConsole console, IConfiguration? configuration, CancellationToken cancellationToken)
    {
        configuration ??= new ConfigurationBuilder().AddEnvironmentVariables().Build();
        var root = CreateRootCommand(console, configuration);
        var parseResult = root.Parse(args);
        if (parseResult.Action is ParseErrorAction)
        {
            // System.CommandLine exits 1 on parse errors, which scripts would read as a failed verification.
            foreach (var parseError in parseResult.Errors)
            {
                await console.Error.WriteLineAsync($"auditlog: {parseError.Message}").ConfigureAwait(false);
            }

            var command = parseResult.CommandResult.Command;
            var name = command == root ? "auditlog" : $"auditlog {command.Name}";
            await console.Error.WriteLineAsync($"Run '{name} --help' for usage.").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        return await parseResult.InvokeAsync(new InvocationConfiguration { Output = console.Output, Error = console.Error }, cancellationToken).ConfigureAwait(false);
    }

    // Not RootCommand: it takes its name from the executable (AuditLog.Cli), and help must say auditlog.
    private static Command CreateRootCommand(CliConsole console, IConfiguration configuration) =>
        new("auditlog", "Manage the audit log's PostgreSQL database. Exit codes: 0 success, 1 failure " +
            "(or a broken integrity chain), 2 usage or configuration error.")
        {
            new HelpOption(),
            new VersionOption(),
            MigrateCommand.Create(console, configuration),
            ExportCommand.Create(console, configuration),
            VerifyCommand.Create(console, configuration),
            PurgeCommand.Create(console, configuration),
        };
}
