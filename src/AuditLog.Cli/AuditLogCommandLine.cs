using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using AuditLog.Cli.Commands;
using AuditLog.Cli.Completion;
using AuditLog.Cli.Help;
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
        if (SuggestDirective.IsRequest(args))
        {
            return await SuggestDirective.AnswerAsync(root, args, console).ConfigureAwait(false);
        }

        var parseResult = root.Parse(args);
        if (parseResult.Action is ParseErrorAction)
        {
            // System.CommandLine exits 1 on parse errors, which scripts would read as a failed verification.
            foreach (var parseError in parseResult.Errors)
            {
                await console.Error.WriteLineAsync($"auditlog: {OneLine(parseError)}").ConfigureAwait(false);
            }

            var command = parseResult.CommandResult.Command;
            var name = command == root ? "auditlog" : $"auditlog {command.Name}";
            await console.Error.WriteLineAsync($"Run '{name} --help' for usage.").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        return await parseResult.InvokeAsync(new InvocationConfiguration { Output = console.Output, Error = console.Error }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The error on one line, naming the option it is about: System.CommandLine lists the allowed values on
    /// lines of their own ("Argument 'xml' not recognized. Must be one of:\n\t'csv'\n\t'json'"), and does not name the option.
    /// </summary>
    private static string OneLine(ParseError error)
    {
        var lines = error.Message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var message = lines.Length > 1 ? $"{lines[0]} {string.Join(", ", lines[1..])}" : error.Message.Trim();
        var option = error.SymbolResult switch
        {
            OptionResult result => result.Option.Name,
            ArgumentResult { Parent: OptionResult result } => result.Option.Name,
            _ => null,
        };
        return option is null || message.Contains(option, StringComparison.Ordinal) ? message : $"{option}: {message}";
    }

    // Not RootCommand: it takes its name from the executable (AuditLog.Cli), and help must say auditlog.
    internal static Command CreateRootCommand(CliConsole console, IConfiguration configuration)
    {
        var help = new HelpOption();
        HelpLayout.Apply(help);
        return new DocumentedCommand(
            "auditlog",
            "Manage the audit log's PostgreSQL database: create its schema, export events, check the integrity chains, purge old events; read the Kafka audit topic back.",
            [
                new("auditlog export --format json --from 2026-11-01 --output november.json", "Exports the events since November 1st; the database comes from CDK_DATABASE_URL."),
                new("auditlog <command> --help", "Every option of a command, with examples."),
            ])
        {
            help,
            new VersionOption(),
            MigrateCommand.Create(console, configuration),
            ExportCommand.Create(console, configuration),
            VerifyCommand.Create(console, configuration),
            PurgeCommand.Create(console, configuration),
            TailCommand.Create(console, configuration),
            ImportConfluentCommand.Create(console, configuration),
        };
    }
}
