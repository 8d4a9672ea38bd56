using AuditLog.Docs.Tests.Support;

namespace AuditLog.Docs.Tests.Readme;

/// <summary>Every <c>csharp</c> block of README.md and of each package's README compiles (see <see cref="CSharpBlockCompiler"/>).</summary>
public sealed class CodeBlockTests
{
    public static TheoryData<string> Readmes => new(Repository.Readmes());

    [Theory]
    [MemberData(nameof(Readmes))]
    public void Csharp_blocks_compile_against_the_packages(string readme)
    {
        var blocks = MarkdownCodeBlock.Read(readme).Where(CSharpBlockCompiler.IsCSharp).ToArray();

        var errors = CSharpBlockCompiler.Errors(blocks);

        errors.Should().BeEmpty($"every csharp block of {readme} must compile");
    }

    [Fact]
    public void The_readme_has_a_whole_program()
    {
        MarkdownCodeBlock.Read("README.md").Should().Contain(
            b => CSharpBlockCompiler.IsCSharp(b) && b.Info.Contains(CSharpBlockCompiler.WholeProgram),
            "the quickstart is a complete Program.cs");
    }

    [Fact]
    public void A_block_that_does_not_compile_is_reported_at_its_line()
    {
        var block = new MarkdownCodeBlock("README.md", "csharp", [], 40, ["builder.Services.AddAuditLog()", "    .AddNothing();"]);

        var errors = CSharpBlockCompiler.Errors([block]);

        errors.Should().ContainSingle().Which.Should().StartWith("README.md:41: error CS1061");
    }
}
