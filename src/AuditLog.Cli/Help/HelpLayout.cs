using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace AuditLog.Cli.Help;

/// <summary>
/// System.CommandLine's help, followed on every command by its examples and the exit codes, which scripts
/// branch on and which otherwise only the README would tell.
/// </summary>
internal sealed class HelpLayout(HelpAction standard) : SynchronousCommandLineAction
{
    /// <summary>The lines of the "Exit codes:" section, code and meaning.</summary>
    public static IReadOnlyList<(int Code, string Meaning)> ExitCodeMeanings { get; } =
    [
        (ExitCodes.Success, "success (verify: every chain intact)"),
        (ExitCodes.Failure, "verify found a broken chain, or the command failed at run time (database unreachable, schema missing…)"),
        (ExitCodes.Usage, "usage or configuration error, nothing done"),
        (ExitCodes.Cancelled, "cancelled (Ctrl+C, SIGTERM)"),
    ];

    /// <summary>Makes <paramref name="help"/> write the standard help, then examples and exit codes.</summary>
    public static void Apply(HelpOption help) => help.Action = new HelpLayout((HelpAction)help.Action!);

    /// <inheritdoc />
    public override int Invoke(ParseResult parseResult)
    {
        var exitCode = standard.Invoke(parseResult);
        var output = parseResult.InvocationConfiguration.Output;
        if (parseResult.CommandResult.Command is DocumentedCommand { Examples: var examples })
        {
            output.WriteLine("Examples:");
            foreach (var example in examples)
            {
                output.WriteLine($"  {example.CommandLine}");
                output.WriteLine($"      {example.Explanation}");
            }

            output.WriteLine();
        }

        output.WriteLine("Exit codes:");
        foreach (var (code, meaning) in ExitCodeMeanings)
        {
            output.WriteLine($"  {code,-5}{meaning}");
        }

        output.WriteLine();
        return exitCode;
    }
}
