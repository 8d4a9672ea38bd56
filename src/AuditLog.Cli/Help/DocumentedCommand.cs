using System.CommandLine;

namespace AuditLog.Cli.Help;

/// <summary>A command whose help ends with examples (<see cref="HelpLayout"/>): people copy an example before they read an option list.</summary>
internal sealed class DocumentedCommand(string name, string description, IReadOnlyList<HelpExample> examples) : Command(name, description)
{
    /// <summary>The examples, at least one.</summary>
    public IReadOnlyList<HelpExample> Examples { get; } = examples.Count > 0
        ? examples
        : throw new ArgumentException("A documented command has at least one example.", nameof(examples));
}
