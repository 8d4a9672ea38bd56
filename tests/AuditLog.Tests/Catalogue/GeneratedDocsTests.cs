using System.Text;

namespace AuditLog.Tests.Catalogue;

/// <summary>
/// Keeps <c>docs/events.md</c> equal to <see cref="CatalogueMarkdown.Render"/>. With
/// <c>AUDITLOG_UPDATE_DOCS=1</c> (what <c>./build.sh docs</c> sets) it writes the file instead.
/// </summary>
public sealed class GeneratedDocsTests
{
    private const string Regenerate = "docs/events.md is generated from the catalogue; run ./build.sh docs to regenerate it";

    private static readonly Lazy<string> Docs = new(ReadOrWriteDocs);

    private static string DocsPath => Path.Combine(RepositoryRoot(), "docs", "events.md");

    [Fact]
    public void Events_md_is_up_to_date_with_the_catalogue()
    {
        var expected = CatalogueMarkdown.Render();

        var actual = Docs.Value;

        if (actual != expected)
        {
            Assert.Fail($"{Regenerate}. {FirstDifference(expected, actual)}");
        }
    }

    [Fact]
    public void Events_md_documents_every_documented_event()
    {
        var docs = Docs.Value;

        var missing = DocumentedEvents.ConduktorNames.Where(name => !docs.Contains($"`{name}`", StringComparison.Ordinal));

        missing.Should().BeEmpty(Regenerate);
    }

    private static string ReadOrWriteDocs()
    {
        if (Environment.GetEnvironmentVariable("AUDITLOG_UPDATE_DOCS") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(DocsPath)!);
            File.WriteAllText(DocsPath, CatalogueMarkdown.Render(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }

        File.Exists(DocsPath).Should().BeTrue(Regenerate);
        return File.ReadAllText(DocsPath);
    }

    // The whole file would drown the message; the first differing line is enough to see what changed.
    private static string FirstDifference(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        var line = 0;
        while (line < expectedLines.Length && line < actualLines.Length && expectedLines[line] == actualLines[line])
        {
            line++;
        }

        return $"First difference at line {line + 1}: expected \"{expectedLines.ElementAtOrDefault(line)}\", found \"{actualLines.ElementAtOrDefault(line)}\".";
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "AuditLog.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No AuditLog.sln above {AppContext.BaseDirectory}.");
    }
}
