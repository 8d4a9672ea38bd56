using System.Text;
using System.Text.RegularExpressions;
using AuditLog.Cli;
using AuditLog.Cli.Completion;
using AuditLog.Docs.Tests.Support;
using Microsoft.Extensions.Configuration;

namespace AuditLog.Docs.Tests.Readme;

/// <summary>
/// The commands of a Markdown file's <c>bash</c> blocks (and the <c>$ </c> lines of its <c>text</c> blocks), checked
/// against what the repository offers: <c>./build.sh VERB</c> must be a verb of build.sh's <c>case</c>; <c>auditlog …</c>
/// must parse without error by the tool's own command line; a <c>CDK_*</c> variable set must be one the library reads.
/// </summary>
internal static partial class ShellCommands
{
    /// <summary>Each command line with its place: continuation lines joined, comments removed, split at <c>|</c>, <c>&amp;&amp;</c>, <c>;</c>.</summary>
    public static IEnumerable<(string Where, IReadOnlyList<string> Words)> Read(MarkdownCodeBlock block)
    {
        var shell = block.Language is "bash" or "sh" or "shell";
        if (!shell && block.Language != "text")
        {
            yield break;
        }

        for (var i = 0; i < block.Lines.Count; i++)
        {
            var first = i;
            var line = block.Lines[i];
            if (!shell)
            {
                if (!line.StartsWith("$ ", StringComparison.Ordinal))
                {
                    continue;
                }

                line = line[2..];
            }

            while (line.EndsWith('\\') && i + 1 < block.Lines.Count)
            {
                line = line[..^1] + " " + block.Lines[++i];
            }

            foreach (var command in Split(line))
            {
                yield return (block.Where(first), command);
            }
        }
    }

    /// <summary>What is wrong with the command, or null: only the repository's own commands are judged.</summary>
    public static string? Problem(IReadOnlyList<string> words, bool strict)
    {
        var rest = words.SkipWhile(IsAssignment).ToArray();
        var unknown = words.TakeWhile(IsAssignment).Select(w => w[..w.IndexOf('=', StringComparison.Ordinal)]).FirstOrDefault(name => !IsKnownVariable(name));
        if (unknown is not null)
        {
            return $"{unknown} is not a variable the library reads";
        }

        return rest switch
        {
            [] => null,
            ["export", .. var assignments] when assignments.All(IsAssignment) => Problem(assignments, strict),
            ["./build.sh", var verb, ..] when !BuildVerbs.Value.Contains(verb) => $"./build.sh has no verb '{verb}' (it has {string.Join(", ", BuildVerbs.Value)})",
            ["./build.sh", ..] => null,
            ["auditlog", .. var args] => AuditlogProblem(args),
            [var program, ..] when strict => $"'{program}' is not a command of this repository (./build.sh, auditlog)",
            _ => null,
        };
    }

    private static string? AuditlogProblem(string[] args)
    {
        var console = new CliConsole(TextWriter.Null, TextWriter.Null, ErrorIsTerminal: false);
        var root = AuditLogCommandLine.CreateRootCommand(console, new ConfigurationBuilder().Build());
        if (SuggestDirective.IsRequest(args))
        {
            return null; // a completion request, answered before parsing
        }

        var errors = root.Parse(args).Errors;
        return errors.Count == 0 ? null : string.Join("; ", errors.Select(e => e.Message.ReplaceLineEndings(" ")));
    }

    private static readonly Lazy<HashSet<string>> BuildVerbs = new(() =>
        CaseVerb().Matches(File.ReadAllText(Repository.PathOf("build.sh"))).Select(m => m.Groups[1].Value).Where(v => v != "*").ToHashSet(StringComparer.Ordinal));

    private static bool IsAssignment(string word) => AssignmentWord().IsMatch(word);

    private static bool IsKnownVariable(string name) =>
        !name.StartsWith("CDK_", StringComparison.Ordinal)
        || Configuration.ConfigurationMarkdown.VariableKeys.Keys.Any(known => known == ClusterIndex().Replace(name, "_<n>_"));

    // Words as a POSIX shell splits them (quotes and backslashes), commands separated by |, &&, ||, ;, comments and redirections dropped.
    private static IEnumerable<IReadOnlyList<string>> Split(string line)
    {
        var commands = new List<IReadOnlyList<string>>();
        var words = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        var redirect = false;

        void EndWord()
        {
            if (inWord && !redirect)
            {
                words.Add(word.ToString());
            }

            redirect &= !inWord;
            word.Clear();
            inWord = false;
        }

        void EndCommand()
        {
            EndWord();
            if (words.Count > 0)
            {
                commands.Add(words.ToArray());
            }

            words.Clear();
            redirect = false;
        }

        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            switch (c)
            {
                case '#' when !inWord:
                    i = line.Length;
                    break;
                case ' ' or '\t':
                    EndWord();
                    break;
                case '|' or ';' or '&':
                    EndCommand();
                    if (i + 1 < line.Length && line[i + 1] == c)
                    {
                        i++;
                    }

                    break;
                case '>' or '<':
                    EndWord();
                    redirect = true;
                    break;
                case '\'':
                    var close = line.IndexOf('\'', i + 1);
                    word.Append(line[(i + 1)..(close < 0 ? line.Length : close)]);
                    inWord = true;
                    i = close < 0 ? line.Length : close;
                    break;
                case '"':
                    for (i++; i < line.Length && line[i] != '"'; i++)
                    {
                        word.Append(line[i] == '\\' && i + 1 < line.Length ? line[++i] : line[i]);
                    }

                    inWord = true;
                    break;
                case '\\' when i + 1 < line.Length:
                    word.Append(line[++i]);
                    inWord = true;
                    break;
                default:
                    word.Append(c);
                    inWord = true;
                    break;
            }
        }

        EndCommand();
        return commands;
    }

    [GeneratedRegex(@"^\s+([a-z*][a-z-]*)\)", RegexOptions.Multiline)]
    private static partial Regex CaseVerb();

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*=")]
    private static partial Regex AssignmentWord();

    [GeneratedRegex(@"_\d+_")]
    private static partial Regex ClusterIndex();
}
