using System.Text;

namespace AuditLog.Docs.Tests.Support;

/// <summary>
/// A part of a Markdown file written by a generator, between <c>&lt;!-- name:start --&gt;</c> and
/// <c>&lt;!-- name:end --&gt;</c>. With <c>AUDITLOG_UPDATE_DOCS=1</c> (what <c>./build.sh docs</c> sets) the part is
/// rewritten; otherwise a part that differs from what the generator makes fails, naming the first differing line.
/// </summary>
internal static class GeneratedSection
{
    public static void Check(string relativePath, string name, string generated)
    {
        var path = Repository.PathOf(relativePath);
        var text = File.ReadAllText(path);
        var (start, end) = (Marker(name, "start"), Marker(name, "end"));
        var from = text.IndexOf(start, StringComparison.Ordinal);
        var to = text.IndexOf(end, StringComparison.Ordinal);
        if (from < 0 || to < from)
        {
            Assert.Fail($"{relativePath} has no section between '{start}' and '{end}'.");
        }

        from += start.Length;
        var expected = "\n" + generated.TrimEnd('\n') + "\n";
        var actual = text[from..to];
        if (Environment.GetEnvironmentVariable("AUDITLOG_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, text[..from] + expected + text[to..], new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            return;
        }

        if (actual != expected)
        {
            var line = text[..from].Count(c => c == '\n') + 1 + FirstDifferingLine(expected, actual, out var wanted, out var found);
            Assert.Fail($"The '{name}' section of {relativePath} is generated; run ./build.sh docs to regenerate it. "
                + $"First difference at {relativePath}:{line}: expected \"{wanted}\", found \"{found}\".");
        }
    }

    private static string Marker(string name, string end) => $"<!-- {name}:{end} -->";

    private static int FirstDifferingLine(string expected, string actual, out string? wanted, out string? found)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        var line = 0;
        while (line < expectedLines.Length && line < actualLines.Length && expectedLines[line] == actualLines[line])
        {
            line++;
        }

        wanted = expectedLines.ElementAtOrDefault(line);
        found = actualLines.ElementAtOrDefault(line);
        return line;
    }
}
