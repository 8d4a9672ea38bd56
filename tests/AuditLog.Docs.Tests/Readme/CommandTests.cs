using AuditLog.Docs.Tests.Support;

namespace AuditLog.Docs.Tests.Readme;

/// <summary>
/// The commands the READMEs show are ones the repository offers (<see cref="ShellCommands"/>). In README.md every
/// command of a <c>bash</c> block must be the repository's own (<c>./build.sh</c>, <c>auditlog</c>, a variable it reads);
/// the packages' READMEs may also show other programs (<c>dotnet tool install</c>, <c>dotnet-suggest</c>), left alone.
/// </summary>
public sealed class CommandTests
{
    public static TheoryData<string> Readmes => new(Repository.Readmes());

    [Theory]
    [MemberData(nameof(Readmes))]
    public void Every_command_shown_is_one_the_repository_offers(string readme)
    {
        var strict = readme == "README.md";

        var problems = MarkdownCodeBlock.Read(readme)
            .SelectMany(ShellCommands.Read)
            .Select(command => (command.Where, Problem: ShellCommands.Problem(command.Words, strict && IsBash(command.Where, readme))))
            .Where(c => c.Problem is not null)
            .Select(c => $"{c.Where}: {c.Problem}");

        problems.Should().BeEmpty();
    }

    [Fact]
    public void The_readme_shows_the_auditlog_commands()
    {
        var commands = MarkdownCodeBlock.Read("README.md").SelectMany(ShellCommands.Read).Select(c => c.Words).ToArray();

        foreach (var expected in new[] { "migrate", "export", "verify", "purge", "tail", "--version" })
        {
            commands.Should().Contain(words => words.Count > 1 && words[0] == "auditlog" && words[1] == expected, $"README.md shows 'auditlog {expected}'");
        }

        commands.Should().Contain(words => words.Count > 2 && words[0] == "auditlog" && words[1] == "verify" && words.Contains("--topic"));
    }

    [Theory]
    [InlineData("auditlog export --format xml")]
    [InlineData("auditlog verify --no-such-option")]
    [InlineData("auditlog purge --older-than")]
    [InlineData("auditlog migrat")]
    [InlineData("./build.sh bechmark")]
    [InlineData("CDK_DATABASE_URI=postgresql://db/audit auditlog migrate")]
    [InlineData("make test")]
    public void A_command_the_repository_does_not_offer_is_reported(string line)
    {
        var block = new MarkdownCodeBlock("README.md", "bash", [], 1, [line]);

        var problems = ShellCommands.Read(block).Select(c => ShellCommands.Problem(c.Words, strict: true));

        problems.Should().ContainSingle().Which.Should().NotBeNull();
    }

    [Theory]
    [InlineData("auditlog export --format csv --type Kafka.Topic.Create --output 'a b.csv'")]
    [InlineData("CDK_CLUSTERS_3_ID=production auditlog tail --follow   # a comment")]
    [InlineData("./build.sh sample > story.txt")]
    public void A_command_the_repository_offers_passes(string line)
    {
        var block = new MarkdownCodeBlock("README.md", "bash", [], 1, [line]);

        var problems = ShellCommands.Read(block).Select(c => ShellCommands.Problem(c.Words, strict: true));

        problems.Should().ContainSingle().Which.Should().BeNull();
    }

    // Lines of text blocks are transcripts ("$ auditlog verify"): their commands are checked, the programs around them are not.
    private static bool IsBash(string where, string readme) =>
        MarkdownCodeBlock.Read(readme).Any(b => b.Language == "bash" && where.StartsWith($"{readme}:", StringComparison.Ordinal)
            && int.Parse(where[(readme.Length + 1)..], System.Globalization.CultureInfo.InvariantCulture) - b.FirstLine is var offset
            && offset >= 0 && offset < b.Lines.Count);
}
