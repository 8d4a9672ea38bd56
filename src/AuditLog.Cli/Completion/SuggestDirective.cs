using System.CommandLine;
using System.Globalization;

namespace AuditLog.Cli.Completion;

/// <summary>
/// Answers <c>auditlog [suggest:position] "command line"</c>, the request the <c>dotnet-suggest</c> shell shims send
/// on Tab, with one completion per line. System.CommandLine answers it only for a <c>RootCommand</c>, whose name
/// comes from the executable (AuditLog.Cli under <c>dotnet tool</c>); ours is a command named auditlog, so the
/// request is answered here, with System.CommandLine's own completions.
/// </summary>
internal static class SuggestDirective
{
    private const string Name = "[suggest";

    /// <summary>True when <paramref name="args"/> starts with <c>[suggest]</c> or <c>[suggest:position]</c>.</summary>
    public static bool IsRequest(string[] args) =>
        args is [var first, ..] && first.StartsWith(Name, StringComparison.Ordinal) && first.EndsWith(']') && (first.Length == Name.Length + 1 || first[Name.Length] == ':');

    /// <summary>Writes the completions for the command line after the directive, at its position (default: the end).</summary>
    /// <returns><see cref="ExitCodes.Success"/>, or <see cref="ExitCodes.Usage"/> when the position is not a number within the line.</returns>
    public static async Task<int> AnswerAsync(Command root, string[] args, CliConsole console)
    {
        var commandLine = args.Length > 1 ? args[^1] : string.Empty;
        var value = args[0][Name.Length..^1].TrimStart(':');
        var position = commandLine.Length;
        if (value.Length > 0 && (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out position) || position > commandLine.Length))
        {
            await console.Error.WriteLineAsync($"auditlog: {args[0]} must give a position within the command line, 0 to {commandLine.Length}.").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        // Only the text before the cursor: parsing the whole line, System.CommandLine takes "--format | --output x"
        // for a --format missing its value and offers options instead of csv and json.
        foreach (var completion in root.Parse(commandLine[..position]).GetCompletions(position))
        {
            // One per line is the protocol: a value may not break it.
            var text = (completion.InsertText ?? completion.Label).ReplaceLineEndings(" ").Replace('\t', ' ');
            await console.Output.WriteLineAsync(text).ConfigureAwait(false);
        }

        return ExitCodes.Success;
    }
}
